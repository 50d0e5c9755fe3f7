export { type CustomerProfile, customerProfile, findCustomer } from './customer-profile.js';
export { type CustomerExport, exportCustomer } from './export-customer.js';
export { rememberFacts } from './remember-facts.js';
