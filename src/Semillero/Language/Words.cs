namespace Semillero.Language;

// A text in both languages the site speaks.
public sealed record Words(string Es, string En)
{
    public string In(bool english) => english ? En : Es;
}
