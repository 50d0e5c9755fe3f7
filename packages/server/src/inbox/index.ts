export { type InboxItem, listInbox } from './list-inbox.js';
export { journeyOf, loadThread, type Thread, type ThreadMessage } from './load-thread.js';
