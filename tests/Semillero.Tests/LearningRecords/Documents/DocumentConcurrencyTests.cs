using Semillero.LearningRecords.Documents;
using Semillero.LearningRecords.Validation;

namespace Semillero.Tests.LearningRecords.Documents;

public sealed class DocumentConcurrencyTests
{
    private const string Current = "\"a9993e364706816aba3e25717850c26c9cd0d89d\"";

    [Fact]
    public void ETagOf_IsTheQuotedLowerCaseSha1OfTheBytes()
    {
        Assert.Equal(Current, DocumentConcurrency.ETagOf("abc"u8));
    }

    [Theory]
    [InlineData(Current, null, Current, PreconditionOutcome.Proceed)]
    [InlineData("W/" + Current, null, Current, PreconditionOutcome.Proceed)]
    [InlineData("\"1234\", " + Current, null, Current, PreconditionOutcome.Proceed)]
    [InlineData("*", null, Current, PreconditionOutcome.Proceed)]
    [InlineData("\"1234\"", null, Current, PreconditionOutcome.Failed)]
    [InlineData(Current, null, null, PreconditionOutcome.Failed)]
    [InlineData("*", null, null, PreconditionOutcome.Failed)]
    [InlineData(null, "*", null, PreconditionOutcome.Proceed)]
    [InlineData(null, "*", Current, PreconditionOutcome.Failed)]
    [InlineData(null, Current, Current, PreconditionOutcome.Failed)]
    [InlineData(null, "\"1234\"", Current, PreconditionOutcome.Proceed)]
    public void Check_AppliesIfMatchAndIfNoneMatch(string? ifMatch, string? ifNoneMatch, string? current, PreconditionOutcome expected)
    {
        Assert.Equal(expected, DocumentConcurrency.Check(ifMatch, ifNoneMatch, current, MissingPreconditionRule.Required));
    }

    [Theory]
    [InlineData(DocumentKind.State, XapiVersion.V1_0_3, true, PreconditionOutcome.Proceed)]
    [InlineData(DocumentKind.State, XapiVersion.V1_0_3, false, PreconditionOutcome.Proceed)]
    [InlineData(DocumentKind.ActivityProfile, XapiVersion.V1_0_3, true, PreconditionOutcome.Conflict)]
    [InlineData(DocumentKind.AgentProfile, XapiVersion.V1_0_3, false, PreconditionOutcome.Missing)]
    [InlineData(DocumentKind.State, XapiVersion.V2_0_0, true, PreconditionOutcome.Conflict)]
    [InlineData(DocumentKind.AgentProfile, XapiVersion.V2_0_0, true, PreconditionOutcome.Conflict)]
    [InlineData(DocumentKind.ActivityProfile, XapiVersion.V2_0_0, false, PreconditionOutcome.Proceed)]
    public void Check_PutWithoutHeaders_FollowsTheVersionsRule(DocumentKind kind, XapiVersion version, bool exists, PreconditionOutcome expected)
    {
        var rule = DocumentConcurrency.RuleFor(kind, version);

        Assert.Equal(expected, DocumentConcurrency.Check("", null, exists ? Current : null, rule));
    }

    [Fact]
    public void Check_PostAndDeleteWithoutHeaders_AlwaysProceed()
    {
        Assert.Equal(PreconditionOutcome.Proceed, DocumentConcurrency.Check(null, null, Current, null));
    }
}
