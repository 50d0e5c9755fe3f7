export { type ConversationJourney, conversationJourney, findConversation } from './conversation-journey.js';
