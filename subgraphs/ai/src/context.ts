import type { AssistantService, RequestScope } from './services/assistant-service.ts';
import type { CanvasAssistant } from './services/canvas-assistant.ts';
import type { ResultService } from './services/result-service.ts';

export interface AiServices {
  assistant: AssistantService;
  canvasAssistant: CanvasAssistant;
  results: ResultService;
}

export interface AiContext extends RequestScope {
  services: AiServices;
}
