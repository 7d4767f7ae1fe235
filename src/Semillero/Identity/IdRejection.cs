namespace Semillero.Identity;

// One reason an identifier was rejected (or warned about). Code is stable and machine-readable
// (see IdRejectionCodes); Es and En are for people.
public sealed record IdRejection(string Code, string Es, string En);

public static class IdRejectionCodes
{
    public const string Required = "required";
    public const string Length = "length";
    public const string Format = "format";
    public const string Date = "date";
    public const string DateInFuture = "date_in_future";
    public const string Sex = "sex";
    public const string State = "state";
    public const string CheckDigit = "checkdigit";
    public const string PalabraInconveniente = "palabra_inconveniente";
    public const string Homoclave = "homoclave";
}
