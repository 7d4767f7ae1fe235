using System.Globalization;

namespace Semillero.Web.Tests.Infrastructure;

// Statements shaped like those partners' platforms really send, for tests of the LRS.
public static class XapiSamples
{
    // Shaped like an Open edX event-routing-backends "completed" statement (with id and mbox);
    // `extra` adds properties.
    public static string OpenEdxCompleted(Guid id, string email, double scaled = 0.9, string extra = "") => $$"""
        {
          "id": "{{id}}",
          "actor": { "objectType": "Agent", "mbox": "mailto:{{email}}" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/completed", "display": { "en": "completed" } },
          "object": {
            "id": "https://cursos.proveedor.example/xblock/block-v1:Semillero+IA101+2026+type@problem+block@abc",
            "objectType": "Activity",
            "definition": { "type": "http://adlnet.gov/expapi/activities/cmi.interaction", "interactionType": "other" }
          },
          "result": { "score": { "scaled": {{scaled.ToString(CultureInfo.InvariantCulture)}}, "raw": 9, "min": 0, "max": 10 }, "success": true, "completion": true },
          "timestamp": "2026-11-21T18:00:00.000000+00:00",
          "version": "1.0.3",
          "context": {
            "registration": "6b7f3b7a-8e2d-4f0c-9a51-2f1c2e3d4b5a",
            "contextActivities": { "parent": [ { "id": "https://cursos.proveedor.example/course/course-v1:Semillero+IA101+2026", "objectType": "Activity" } ] },
            "extensions": { "https://w3id.org/xapi/openedx/extension/transformer-version": "event-routing-backends@9.0.0" }
          }{{extra}}
        }
        """;
}
