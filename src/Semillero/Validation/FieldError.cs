namespace Semillero.Validation;

// One rejected field of an input. Field names are the wire names of the API and of an import's
// columns, so a client or a row report can point at the exact place.
public sealed record FieldError(string Field, IdRejection Reason);
