using Semillero.Identity;

namespace Semillero.Tests.Identity;

public class NameLettersTests
{
    public static TheoryData<string, string, string?, string> CurpVectors() => Vectors("CURP");

    public static TheoryData<string, string, string?, string> RfcVectors() => Vectors("RFC");

    [Theory]
    [MemberData(nameof(CurpVectors))]
    public void ForCurp_Vector_GivesExpectedLetters(string nombre, string primer, string? segundo, string expected)
    {
        Assert.Equal(expected, NameLetters.ForCurp(nombre, primer, segundo));
    }

    [Theory]
    [MemberData(nameof(RfcVectors))]
    public void ForRfc_Vector_GivesExpectedLetters(string nombre, string primer, string? segundo, string expected)
    {
        Assert.Equal(expected, NameLetters.ForRfc(nombre, primer, segundo));
    }

    [Theory]
    [InlineData("Gloria", "Hernández", "García", "RRL")]
    [InlineData("Luis Raúl", "Bello", "Mena", "LNS")]
    [InlineData("Concepción", "Salgado", "Briseño", "LRN")]
    [InlineData("Wendy", "Bou", null, "XXN")]
    [InlineData("Ana", "Ay", "Peña", "YXN")]
    [InlineData("María José", "De la Cruz", "Del Valle", "RLS")]
    public void InternalConsonants_Name_FirstConsonantAfterInitialOrX(string nombre, string primer, string? segundo, string expected)
    {
        Assert.Equal(expected, NameLetters.InternalConsonants(nombre, primer, segundo));
    }

    [Theory]
    [InlineData("José", "López", "Ruiz", "LORJ")]
    [InlineData("María", "López", "Ruiz", "LORM")]
    [InlineData("José María", "López", "Ruiz", "LORM")]
    [InlineData("Ma. de los Ángeles", "López", "Ruiz", "LORA")]
    [InlineData("J. Jesús", "López", "Ruiz", "LORJ")]
    [InlineData("Juan", "Del Río", "Ruiz", "RIRJ")]
    [InlineData("Juan", "López", "  ", "LOXJ")]
    [InlineData("Juan", "Peña", "Ñúñez", "PEXJ")]
    [InlineData("Juan", "Ñúñez", "Peña", "XUPJ")]
    public void ForCurp_SpecialCase_FollowsRenapoRules(string nombre, string primer, string? segundo, string expected)
    {
        Assert.Equal(expected, NameLetters.ForCurp(nombre, primer, segundo));
    }

    [Fact]
    public void ForCurp_NameWithoutLetters_Throws()
    {
        Assert.Throws<ArgumentException>(() => NameLetters.ForCurp("  ", "López", null));
        Assert.Throws<ArgumentException>(() => NameLetters.ForCurp("Ana", "--", null));
    }

    private static TheoryData<string, string, string?, string> Vectors(string idType)
    {
        var data = new TheoryData<string, string, string?, string>();
        foreach (var row in TestVectors.Read("name_letters_vectors.csv"))
        {
            if (row["id_type"] == idType)
            {
                var segundo = row["segundo_apellido"];
                data.Add(row["nombre"], row["primer_apellido"], segundo.Length == 0 ? null : segundo, row["expected_letters"]);
            }
        }

        return data;
    }
}
