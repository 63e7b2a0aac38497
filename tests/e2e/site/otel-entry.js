// The OpenTelemetry setup of the test site's OpenTelemetry pages. The packages ship no browser
// bundle, so drive.mjs bundles this file with esbuild (global E2EOtel), as a site would.
import { ZoneContextManager } from '@opentelemetry/context-zone';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { DocumentLoadInstrumentation } from '@opentelemetry/instrumentation-document-load';
import { FetchInstrumentation } from '@opentelemetry/instrumentation-fetch';
import { UserInteractionInstrumentation } from '@opentelemetry/instrumentation-user-interaction';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, WebTracerProvider } from '@opentelemetry/sdk-trace-web';

/// Stamps the session (kept in sessionStorage) and the page on every span, as many sites do:
/// OpenTelemetry's web instrumentations have no session of their own.
class SessionProcessor {
  constructor() {
    const key = 'e2e-otel-session';
    this.sessionId = sessionStorage.getItem(key);
    if (!this.sessionId) {
      this.sessionId = crypto.randomUUID();
      sessionStorage.setItem(key, this.sessionId);
    }
  }
  onStart(span) {
    span.setAttribute('session.id', this.sessionId);
    span.setAttribute('page.url', location.href);
  }
  onEnd() {}
  forceFlush() {
    return Promise.resolve();
  }
  shutdown() {
    return Promise.resolve();
  }
}

export function start({ collector, serviceName }) {
  const provider = new WebTracerProvider({
    resource: resourceFromAttributes({
      'service.name': serviceName,
      'service.version': '1.0.0',
      'deployment.environment.name': 'e2e',
    }),
    spanProcessors: [
      new SessionProcessor(),
      new BatchSpanProcessor(new OTLPTraceExporter({ url: collector + '/v1/traces' }), {
        scheduledDelayMillis: 1000,
      }),
    ],
  });
  provider.register({ contextManager: new ZoneContextManager() });
  const collectorUrl = new RegExp('^' + collector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  registerInstrumentations({
    instrumentations: [
      new DocumentLoadInstrumentation(),
      new FetchInstrumentation({ ignoreUrls: [collectorUrl] }),
      new UserInteractionInstrumentation({ eventNames: ['click', 'submit'] }),
    ],
  });
}
