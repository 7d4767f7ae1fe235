using Semillero.LearningRecords.Documents;

namespace Semillero.Tests.LearningRecords.Documents;

public sealed class DocumentAddressTests
{
    [Fact]
    public void Scope_DiffersByKindRegistrationAndAgent()
    {
        var registration = Guid.Parse("6b7f3b7a-8e2d-4f0c-9a51-2f1c2e3d4b5a");
        var scopes = new[]
        {
            DocumentAddress.State("https://x.example/a", "mbox:mailto:ana@example.com", null).Scope,
            DocumentAddress.State("https://x.example/a", "mbox:mailto:ana@example.com", registration).Scope,
            DocumentAddress.State("https://x.example/a", "mbox:mailto:luis@example.com", null).Scope,
            DocumentAddress.ActivityProfile("https://x.example/a").Scope,
            DocumentAddress.AgentProfile("mbox:mailto:ana@example.com").Scope,
        };

        Assert.Equal(scopes.Length, scopes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(scopes, s => Assert.Matches("^[0-9a-f]{64}$", s));
    }

    [Fact]
    public void State_WithoutRegistration_AddressesTheUnregisteredDocumentUnlessAnyIsAsked()
    {
        Assert.Equal("", DocumentAddress.State("https://x.example/a", "k", null).Registration);
        Assert.True(DocumentAddress.State("https://x.example/a", "k", null, anyRegistration: true).AnyRegistration);
        Assert.Equal("6b7f3b7a-8e2d-4f0c-9a51-2f1c2e3d4b5a",
            DocumentAddress.State("https://x.example/a", "k", Guid.Parse("6B7F3B7A-8E2D-4F0C-9A51-2F1C2E3D4B5A"), anyRegistration: true).Registration);
    }
}
