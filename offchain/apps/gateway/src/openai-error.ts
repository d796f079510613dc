/**
 * Errors in OpenAI's shape: `{"error": {"message", "type", "param", "code"}}` with the matching
 * HTTP status, so the official SDKs raise their usual exception classes.
 */
export class OpenAIError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string,
    readonly code: string | null = null,
    readonly param: string | null = null,
    /** False tells SDKs not to retry (`x-should-retry`); undefined leaves it to them. */
    readonly retry?: boolean,
  ) {
    super(message);
  }

  toJSON(): { error: { message: string; type: string; param: string | null; code: string | null } } {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }

  static invalidRequest(message: string, param: string | null = null, code: string | null = 'invalid_value'): OpenAIError {
    return new OpenAIError(400, message, 'invalid_request_error', code, param, false);
  }

  static invalidApiKey(message = 'Incorrect API key provided.'): OpenAIError {
    return new OpenAIError(401, message, 'invalid_request_error', 'invalid_api_key', null, false);
  }

  static modelNotFound(model: string): OpenAIError {
    return new OpenAIError(404, `The model \`${model}\` does not exist or is not served on this network.`, 'invalid_request_error', 'model_not_found', 'model', false);
  }

  static notFound(path: string): OpenAIError {
    return new OpenAIError(404, `Unknown route ${path}.`, 'invalid_request_error', 'unknown_url', null, false);
  }

  static contextLengthExceeded(message: string): OpenAIError {
    return new OpenAIError(413, message, 'invalid_request_error', 'context_length_exceeded', 'messages', false);
  }

  static bodyTooLarge(limit: number): OpenAIError {
    return new OpenAIError(413, `Request body exceeds ${limit} bytes.`, 'invalid_request_error', 'request_too_large', null, false);
  }

  static applicationInactive(message: string): OpenAIError {
    return new OpenAIError(403, message, 'permission_error', 'application_inactive', null, false);
  }

  static modelUnavailable(message: string): OpenAIError {
    return new OpenAIError(503, message, 'service_unavailable', 'model_unavailable', 'model');
  }

  static spendLimit(message: string): OpenAIError {
    return new OpenAIError(429, message, 'insufficient_quota', 'spend_limit_exceeded', null, false);
  }

  static noSupplier(message: string): OpenAIError {
    return new OpenAIError(503, message, 'service_unavailable', 'no_supplier_available', null);
  }

  static upstream(message: string): OpenAIError {
    return new OpenAIError(502, message, 'api_error', 'supplier_failed', null);
  }

  static timeout(message: string): OpenAIError {
    return new OpenAIError(504, message, 'api_error', 'supplier_timeout', null);
  }

  static internal(message = 'The gateway failed to process the request.'): OpenAIError {
    return new OpenAIError(500, message, 'api_error', 'internal_error', null);
  }
}
