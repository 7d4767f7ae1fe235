using Semillero.Geography;

namespace Semillero.Tests.Geography;

public class EntidadesTests
{
    [Fact]
    public void All_Has32StatesWith2020Population()
    {
        Assert.Equal(32, Entidades.All.Count);
        Assert.Equal(126_014_024, Entidades.All.Sum(e => e.Poblacion2020));
        Assert.All(Entidades.All, e => Assert.Equal(e.Poblacion2020, e.Mujeres2020 + e.Hombres2020));
    }

    [Theory]
    [InlineData("9", "09")]
    [InlineData("09", "09")]
    [InlineData("CDMX", "09")]
    [InlineData("ciudad de mexico", "09")]
    [InlineData("Ciudad de México", "09")]
    [InlineData("Jal.", "14")]
    [InlineData("MX-JAL", "14")]
    [InlineData("Estado de México", "15")]
    [InlineData("Michoacán", "16")]
    [InlineData("NUEVO LEON", "19")]
    [InlineData("Veracruz", "30")]
    [InlineData("Yucatán", "31")]
    public void Find_CommonSpellings_FindTheState(string text, string clave) =>
        Assert.Equal(clave, Entidades.Find(text)?.Clave);

    [Theory]
    [InlineData("33")]
    [InlineData("0")]
    [InlineData("Texas")]
    [InlineData("")]
    public void Find_Unknown_ReturnsNull(string text) => Assert.Null(Entidades.Find(text));
}
