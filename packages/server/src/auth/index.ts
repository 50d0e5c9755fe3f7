export { hashPassword, type PasswordHashOptions, verifyPassword } from './password.js';
export { hashToken, newToken, safeEqual } from './tokens.js';
