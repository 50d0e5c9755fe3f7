export { createOpenAiChat, type OpenAiChatOptions } from './openai-chat.js';
