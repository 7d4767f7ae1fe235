namespace Semillero.Validation;

// One reason a value was rejected (or warned about). Code is stable and machine-readable (see
// Identity/IdRejectionCodes and each feature's rules); Es and En are for people.
public sealed record IdRejection(string Code, string Es, string En);
