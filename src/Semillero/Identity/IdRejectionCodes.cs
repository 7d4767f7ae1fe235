namespace Semillero.Identity;

// The stable codes of the identifier checks (CURP, RFC, names), as clients and import reports see them.
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
