
namespace Semillero.Tests.Identity;

public class TestVectorsTests
{
    [Fact]
    public void ParseCsv_QuotedFieldWithCommaAndQuote_KeepsOneField()
    {
        var records = TestVectors.ParseCsv("a,\"b, \"\"c\"\"\",d\r\ne,f,g\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b, \"c\"", "d"], records[0]);
        Assert.Equal(["e", "f", "g"], records[1]);
    }

    [Fact]
    public void Read_CurpVectors_EveryRowHasFourColumns()
    {
        var rows = TestVectors.Read("curp_vectors.csv");

        Assert.Equal(69, rows.Count);
        Assert.All(rows, r => Assert.Equal(4, r.Count));
    }
}
