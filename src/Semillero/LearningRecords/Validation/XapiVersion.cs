namespace Semillero.LearningRecords.Validation;

// The xAPI version a request was made under (from its X-Experience-API-Version header): the rules
// differ a little between them (see docs/xapi/conformance-notes.md).
public enum XapiVersion
{
    V1_0_3,
    V2_0_0,
}

// One problem in a statement or agent. Path names the offending value the way a client would write
// it: "actor.mbox", "context.contextActivities.parent[0].id", "verb.display[\"a12345\"]" (map keys
// in brackets because they can contain dots). "" is the whole document.
public sealed record XapiValidationError(string Path, string Message);
