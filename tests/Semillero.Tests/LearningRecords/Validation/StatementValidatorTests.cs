using System.Globalization;
using System.Text.Json;
using Semillero.LearningRecords.Validation;

namespace Semillero.Tests.LearningRecords.Validation;

public class StatementValidatorTests
{
    private const string Both = "both";
    private const string Only1 = "1.0.3";
    private const string Only2 = "2.0.0";

    private static readonly XapiVersion[] Versions = [XapiVersion.V1_0_3, XapiVersion.V2_0_0];

    private static string Sample(string name) => name switch
    {
        "2.0" => ClientStatements.ContextAgentsAndGroups2_0,
        _ when name.StartsWith("interaction:", StringComparison.Ordinal) => ClientStatements.Interactions[name["interaction:".Length..]],
        _ => ClientStatements.All[name],
    };

    private static IReadOnlyList<XapiValidationError> Validate(string json, XapiVersion version) =>
        StatementValidator.Validate(JsonEdit.Parse(json), version);

    private static string Describe(IEnumerable<XapiValidationError> errors) =>
        string.Join("; ", errors.Select(e => e.Path + ": " + e.Message));

    private static XapiVersion[] For(string scope) => scope switch
    {
        Only1 => [XapiVersion.V1_0_3],
        Only2 => [XapiVersion.V2_0_0],
        _ => Versions,
    };

    public static TheoryData<string, XapiVersion> ClientSamples()
    {
        var data = new TheoryData<string, XapiVersion>();
        foreach (var version in Versions)
        {
            foreach (var name in ClientStatements.All.Keys)
            {
                data.Add(name, version);
            }

            foreach (var name in ClientStatements.Interactions.Keys)
            {
                data.Add("interaction:" + name, version);
            }
        }

        data.Add("2.0", XapiVersion.V2_0_0);
        return data;
    }

    [Theory]
    [MemberData(nameof(ClientSamples))]
    public void Validate_ClientShapedStatement_HasNoErrors(string sample, XapiVersion version)
    {
        var errors = Validate(Sample(sample), version);

        Assert.True(errors.Count == 0, Describe(errors));
    }

    // (sample, path to change, new JSON value or null to remove it, path the error must name, versions)
    public static TheoryData<string, string, string?, string, string> BrokenRules() => new()
    {
        // Statement: required and allowed properties, formats of its own values.
        { "Minimal", "actor", null, "actor", Both },
        { "Minimal", "verb", null, "verb", Both },
        { "Minimal", "object", null, "object", Both },
        { "Minimal", "actor", "null", "actor", Both },
        { "Minimal", "verb", "null", "verb", Both },
        { "Minimal", "object", "null", "object", Both },
        { "LongExample", "context", "null", "context", Both },
        { "Minimal", "dummy", "\"dummy\"", "dummy", Both },
        { "Minimal", "objectType", "\"Statement\"", "objectType", Both },
        { "Minimal", "id", "\"AA97B177-9383-4934-8543-0F91A7A028368\"", "id", Both },
        { "Minimal", "id", "\"MA97B177-9383-4934-8543-0F91A7A02836\"", "id", Both },
        { "Minimal", "id", "\"6690e6c93ef04ed38b377f3964730bee\"", "id", Both },
        { "Minimal", "id", "\"\"", "id", Both },
        { "Minimal", "id", "12345", "id", Both },
        { "Minimal", "id", "{\"key\": \"value\"}", "id", Both },
        { "Minimal", "timestamp", "\"01/011/2015\"", "timestamp", Both },
        { "Minimal", "timestamp", "\"should fail\"", "timestamp", Both },
        { "Minimal", "timestamp", "\"2008-09-15T15:53:00.601-00:00\"", "timestamp", Both },
        { "Minimal", "timestamp", "\"2008-09-15T15:53:00.601-0000\"", "timestamp", Both },
        { "Minimal", "timestamp", "\"2008-09-15T15:53:00.601-00\"", "timestamp", Both },
        { "Minimal", "timestamp", "\"2026-02-30T10:00:00Z\"", "timestamp", Both },
        { "Minimal", "timestamp", "null", "timestamp", Both },
        { "Minimal", "timestamp", "1700000000000", "timestamp", Both },
        { "Minimal", "stored", "\"yesterday\"", "stored", Both },
        { "Minimal", "version", "\"1.1.0\"", "version", Both },
        { "Minimal", "version", "\"0.9.9\"", "version", Both },
        { "Minimal", "version", "\"should fail\"", "version", Both },
        { "Minimal", "version", "\"3.0.0\"", "version", Both },
        { "Minimal", "version", "1.0", "version", Both },
        { "Minimal", "version", "\"2.0.0\"", "version", Only1 },
        { "Minimal", "attachments", "{}", "attachments", Both },
        { "Minimal", "attachments", "[12345]", "attachments[0]", Both },
        { "Minimal", "attachments", "[\"should fail\"]", "attachments[0]", Both },

        // Actor: Agent with exactly one inverse functional identifier, in its formats.
        { "Minimal", "actor.mbox", "\"ana.perez@example.mx\"", "actor.mbox", Both },
        { "Minimal", "actor.mbox", "\"mailto:example.mx\"", "actor.mbox", Both },
        { "Minimal", "actor.mbox", "\"http://example.mx\"", "actor.mbox", Both },
        { "Minimal", "actor.mbox", "\"\"", "actor.mbox", Both },
        { "Minimal", "actor.mbox", null, "actor", Both },
        { "Minimal", "actor.mbox_sha1sum", "\"cd9b00a5611f94eaa7b1661edab976068e364975\"", "actor", Both },
        { "Minimal", "actor.openid", "\"https://ana.openid.example.org\"", "actor", Both },
        { "Minimal", "actor.account", "{\"homePage\": \"https://campus.example.mx\", \"name\": \"1\"}", "actor", Both },
        { "Minimal", "actor.objectType", "\"agent\"", "actor.objectType", Both },
        { "Minimal", "actor.objectType", "\"Person\"", "actor.objectType", Both },
        { "Minimal", "actor.objectType", "123", "actor.objectType", Both },
        { "Minimal", "actor.objectType", "{\"key\": \"value\"}", "actor.objectType", Both },
        { "Minimal", "actor.name", "123", "actor.name", Both },
        { "Minimal", "actor.name", "{\"key\": \"value\"}", "actor.name", Both },
        { "Minimal", "actor.member", "[{\"mbox\": \"mailto:a@example.mx\"}]", "actor.member", Both },
        { "Minimal", "actor.nickname", "\"ana\"", "actor.nickname", Both },
        { "LmsQuizAttempt", "actor.account.homePage", null, "actor.account.homePage", Both },
        { "LmsQuizAttempt", "actor.account.name", null, "actor.account.name", Both },
        { "LmsQuizAttempt", "actor.account.homePage", "\"campus.example.mx\"", "actor.account.homePage", Both },
        { "LmsQuizAttempt", "actor.account.homePage", "\"ab=c://should.fail.com\"", "actor.account.homePage", Both },
        { "LmsQuizAttempt", "actor.account.name", "{\"key\": \"value\"}", "actor.account.name", Both },
        { "LmsQuizAttempt", "actor.account.name", "4127", "actor.account.name", Both },
        { "LmsQuizAttempt", "actor.account.id", "\"4127\"", "actor.account.id", Both },
        { "LmsQuizAttempt", "actor.account", "\"4127\"", "actor.account", Both },
        { "GroupObject", "actor.mbox_sha1sum", "\"cd9b00a5611f94eaa7b1661edab976068e36497\"", "actor.mbox_sha1sum", Both },
        { "GroupObject", "actor.mbox_sha1sum", "\"zz9b00a5611f94eaa7b1661edab976068e364975\"", "actor.mbox_sha1sum", Both },
        { "GroupObject", "actor.mbox_sha1sum", "12345", "actor.mbox_sha1sum", Both },
        { "AgentObject", "actor.openid", "\"mentor.openid.example.org/marta\"", "actor.openid", Both },
        { "AgentObject", "actor.openid", "\"ab=c://should.fail.com\"", "actor.openid", Both },

        // Actor: Groups.
        { "AnonymousGroupActor", "actor.member", null, "actor.member", Both },
        { "AnonymousGroupActor", "actor.member", "{}", "actor.member", Both },
        { "AnonymousGroupActor", "actor.member", "[]", "actor.member", Both },
        { "AnonymousGroupActor", "actor.member[0].objectType", "\"Group\"", "actor.member[0].objectType", Both },
        { "AnonymousGroupActor", "actor.member[1].openid", null, "actor.member[1]", Both },
        { "AnonymousGroupActor", "actor.member[1].mbox", "\"mailto:jorge@example.mx\"", "actor.member[1]", Both },
        { "AnonymousGroupActor", "actor.member[0]", "\"ana\"", "actor.member[0]", Both },
        { "AnonymousGroupActor", "actor.objectType", null, "actor", Both },
        { "IdentifiedGroupActor", "actor.openid", "\"https://equipo.openid.example.org\"", "actor", Both },
        { "IdentifiedGroupActor", "actor.mbox", "\"equipo.norte@example.mx\"", "actor.mbox", Both },
        { "GroupObject", "object.account.homePage", null, "object.account.homePage", Both },

        // Verb.
        { "Minimal", "verb.id", null, "verb.id", Both },
        { "Minimal", "verb.id", "\"experienced\"", "verb.id", Both },
        { "Minimal", "verb.id", "\"adlnet.gov/expapi/verbs/experienced\"", "verb.id", Both },
        { "Minimal", "verb.id", "\"ab=c://should.fail.com\"", "verb.id", Both },
        { "Minimal", "verb.display", "\"experienced\"", "verb.display", Both },
        { "Minimal", "verb.display", "12345", "verb.display", Both },
        { "Minimal", "verb.display", "{\"a12345\": \"experienced\"}", "verb.display[\"a12345\"]", Both },
        { "Minimal", "verb.display", "{\"something\": \"experienced\"}", "verb.display[\"something\"]", Both },
        { "Minimal", "verb.display", "{\"en-US\": null}", "verb.display[\"en-US\"]", Both },
        { "Minimal", "verb.display", "{\"en-US\": 1}", "verb.display[\"en-US\"]", Both },
        { "Minimal", "verb.name", "\"experienced\"", "verb.name", Both },

        // Object: Activity and its definition.
        { "Minimal", "object.objectType", "\"activity\"", "object.objectType", Both },
        { "Minimal", "object.objectType", "\"Person\"", "object.objectType", Both },
        { "Minimal", "object.id", null, "object.id", Both },
        { "Minimal", "object.id", "\"aprende.example.org/cursos/nube-101\"", "object.id", Both },
        { "Minimal", "object.id", "\"ab=c://should.fail.com\"", "object.id", Both },
        { "Minimal", "object.definition", "\"a course\"", "object.definition", Both },
        { "Minimal", "object.mbox", "\"mailto:a@example.mx\"", "object.mbox", Both },
        { "LmsQuizAttempt", "object.definition.name", "\"Quiz\"", "object.definition.name", Both },
        { "LmsQuizAttempt", "object.definition.name", "12345", "object.definition.name", Both },
        { "LmsQuizAttempt", "object.definition.description", "\"Quiz\"", "object.definition.description", Both },
        { "LmsQuizAttempt", "object.definition.type", "\"attempt\"", "object.definition.type", Both },
        { "LongExample", "object.definition.moreInfo", "\"virtualmeeting.example.com/345256\"", "object.definition.moreInfo", Both },
        { "LongExample", "object.definition.extensions", "\"room\"", "object.definition.extensions", Both },
        { "LongExample", "object.definition.extensions", "{\"not.valid.com/extension\": 1234}", "object.definition.extensions[\"not.valid.com/extension\"]", Both },
        { "LongExample", "object.definition.extensions", "{\"should fail\": true}", "object.definition.extensions[\"should fail\"]", Both },
        { "LongExample", "object.definition.title", "{\"en\": \"x\"}", "object.definition.title", Both },
        { "AgentObject", "object.objectType", null, "object.id", Both },
        { "GroupObject", "object.objectType", null, "object.member", Both },

        // Object: interaction activities.
        { "interaction:choice", "object.definition.interactionType", "\"Choice\"", "object.definition.interactionType", Both },
        { "interaction:true-false", "object.definition.interactionType", "\"true/false\"", "object.definition.interactionType", Both },
        { "interaction:other", "object.definition.interactionType", "12345", "object.definition.interactionType", Both },
        { "interaction:other", "object.definition.interactionType", "\"http://adlnet.gov/expapi/activities/cmi.interaction\"", "object.definition.interactionType", Both },
        { "interaction:choice", "object.definition.interactionType", null, "object.definition.interactionType", Both },
        { "interaction:fill-in", "object.definition.interactionType", null, "object.definition.interactionType", Both },
        { "interaction:likert", "object.definition.interactionType", null, "object.definition.interactionType", Both },
        { "interaction:matching", "object.definition.interactionType", null, "object.definition.interactionType", Both },
        { "interaction:performance", "object.definition.interactionType", null, "object.definition.interactionType", Both },
        { "interaction:true-false", "object.definition.choices", "[{\"id\": \"a\"}]", "object.definition.choices", Both },
        { "interaction:choice", "object.definition.scale", "[{\"id\": \"a\"}]", "object.definition.scale", Both },
        { "interaction:likert", "object.definition.source", "[{\"id\": \"a\"}]", "object.definition.source", Both },
        { "interaction:choice", "object.definition.choices[1].id", "\"golf\"", "object.definition.choices[1].id", Both },
        { "interaction:choice", "object.definition.choices[0].id", null, "object.definition.choices[0].id", Both },
        { "interaction:choice", "object.definition.choices[0].id", "7", "object.definition.choices[0].id", Both },
        { "interaction:choice", "object.definition.choices", "{\"id\": \"golf\"}", "object.definition.choices", Both },
        { "interaction:choice", "object.definition.choices[0].description", "\"Golf\"", "object.definition.choices[0].description", Both },
        { "interaction:likert", "object.definition.scale[0].description", "{\"en-US-\": \"x\"}", "object.definition.scale[0].description[\"en-US-\"]", Both },
        { "interaction:matching", "object.definition.source[0].name", "\"Ben\"", "object.definition.source[0].name", Both },
        { "interaction:choice", "object.definition.correctResponsesPattern", "\"golf\"", "object.definition.correctResponsesPattern", Both },
        { "interaction:choice", "object.definition.correctResponsesPattern", "[1]", "object.definition.correctResponsesPattern[0]", Both },

        // Object: StatementRef, voiding.
        { "StatementRefObject", "object.id", "\"not-a-uuid\"", "object.id", Both },
        { "StatementRefObject", "object.id", null, "object.id", Both },
        { "StatementRefObject", "object.objectType", "\"statementref\"", "object.objectType", Both },
        { "StatementRefObject", "object.definition", "{}", "object.definition", Both },
        { "Voiding", "object", "{\"id\": \"https://aprende.example.org/cursos/nube-101\"}", "object", Both },
        { "Voiding", "object", "{\"objectType\": \"Agent\", \"mbox\": \"mailto:a@example.mx\"}", "object", Both },

        // Object: SubStatement.
        { "SubStatementObject", "object.id", "\"9e13cefd-53d3-4eac-b5ed-2cf6693903bb\"", "object.id", Both },
        { "SubStatementObject", "object.stored", "\"2026-01-01T00:00:00Z\"", "object.stored", Both },
        { "SubStatementObject", "object.version", "\"1.0.0\"", "object.version", Both },
        { "SubStatementObject", "object.authority", "{\"mbox\": \"mailto:a@example.mx\"}", "object.authority", Both },
        { "SubStatementObject", "object.object", "{\"objectType\": \"SubStatement\"}", "object.object.objectType", Both },
        { "SubStatementObject", "object.actor", null, "object.actor", Both },
        { "SubStatementObject", "object.verb", null, "object.verb", Both },
        { "SubStatementObject", "object.object", null, "object.object", Both },
        { "SubStatementObject", "object.objectType", "\"Substatement\"", "object.objectType", Both },
        { "SubStatementObject", "object.timestamp", "\"tomorrow\"", "object.timestamp", Both },
        { "SubStatementObject", "object.verb.id", "\"attended\"", "object.verb.id", Both },
        { "SubStatementObject", "object.actor.mbox", "\"ana.perez@example.mx\"", "object.actor.mbox", Both },
        { "SubStatementObject", "object.object", "{\"objectType\": \"Agent\", \"mbox\": \"mailto:a@example.mx\"}", "object.context.platform", Both },
        { "SubStatementObject", "object.result.completion", "\"false\"", "object.result.completion", Both },
        { "SubStatementObject", "object.context.contextActivities.parent", "\"x\"", "object.context.contextActivities.parent", Both },

        // Result and score.
        { "LongExample", "result.success", "\"true\"", "result.success", Both },
        { "LongExample", "result.success", "1", "result.success", Both },
        { "LongExample", "result.completion", "\"false\"", "result.completion", Both },
        { "LongExample", "result.response", "12345", "result.response", Both },
        { "LongExample", "result.response", "{\"key\": \"value\"}", "result.response", Both },
        { "LongExample", "result.duration", "\"PA1H0M0S\"", "result.duration", Both },
        { "LongExample", "result.duration", "\"P4W1D\"", "result.duration", Both },
        { "LongExample", "result.duration", "\"should fail\"", "result.duration", Both },
        { "LongExample", "result.duration", "12345", "result.duration", Both },
        { "LongExample", "result.duration", "\"P0003-01-02T04:05:06\"", "result.duration", Both },
        { "LongExample", "result.extensions", "\"x\"", "result.extensions", Both },
        { "LongExample", "result.extensions", "12345", "result.extensions", Both },
        { "LongExample", "result.extensions", "{\"example.com/extension/wrong\": 1234}", "result.extensions[\"example.com/extension/wrong\"]", Both },
        { "LongExample", "result.grade", "\"A\"", "result.grade", Both },
        { "LmsQuizAttempt", "result.score", "\"high\"", "result.score", Both },
        { "LmsQuizAttempt", "result.score", "12345", "result.score", Both },
        { "LmsQuizAttempt", "result.score.scaled", "1.01", "result.score.scaled", Both },
        { "LmsQuizAttempt", "result.score.scaled", "-1.00001", "result.score.scaled", Both },
        { "LmsQuizAttempt", "result.score.scaled", "\"0.75\"", "result.score.scaled", Both },
        { "LmsQuizAttempt", "result.score.raw", "11", "result.score.raw", Both },
        { "LmsQuizAttempt", "result.score.raw", "-1", "result.score.raw", Both },
        { "LmsQuizAttempt", "result.score.raw", "\"7.5\"", "result.score.raw", Both },
        { "LmsQuizAttempt", "result.score.raw", "null", "result.score.raw", Both },
        { "LmsQuizAttempt", "result.score.min", "10", "result.score.min", Both },
        { "LmsQuizAttempt", "result.score.min", "11", "result.score.min", Both },
        { "LmsQuizAttempt", "result.score.max", "-5", "result.score.min", Both },
        { "LmsQuizAttempt", "result.score.percent", "75", "result.score.percent", Both },

        // Context.
        { "LongExample", "context.registration", "\"ec531277\"", "context.registration", Both },
        { "LongExample", "context.registration", "{\"key\": \"value\"}", "context.registration", Both },
        { "LongExample", "context.instructor", "\"Andrés\"", "context.instructor", Both },
        { "LongExample", "context.instructor", "{\"name\": \"Andrés\"}", "context.instructor", Both },
        { "LongExample", "context.team", "{\"objectType\": \"Agent\", \"mbox\": \"mailto:a@example.mx\"}", "context.team.objectType", Both },
        { "LongExample", "context.team", "{\"mbox\": \"mailto:a@example.mx\"}", "context.team.objectType", Both },
        { "LongExample", "context.team", "\"Equipo PB\"", "context.team", Both },
        { "LongExample", "context.contextActivities", "\"parent\"", "context.contextActivities", Both },
        { "LongExample", "context.contextActivities.consequences", "[{\"id\": \"http://www.example.com/x\"}]", "context.contextActivities.consequences", Both },
        { "LongExample", "context.contextActivities.Parent", "[{\"id\": \"http://www.example.com/x\"}]", "context.contextActivities.Parent", Both },
        { "LongExample", "context.contextActivities.parent", "\"http://www.example.com/x\"", "context.contextActivities.parent", Both },
        { "LongExample", "context.contextActivities.other[1]", "{\"key\": \"should fail\"}", "context.contextActivities.other[1].key", Both },
        { "LongExample", "context.contextActivities.other[1]", "{\"key\": \"should fail\"}", "context.contextActivities.other[1].id", Both },
        { "LongExample", "context.contextActivities.parent[0].objectType", "\"Agent\"", "context.contextActivities.parent[0].objectType", Both },
        { "LongExample", "context.contextActivities.grouping.id", "\"programs/cloud-2026\"", "context.contextActivities.grouping.id", Both },
        { "LongExample", "context.revision", "12345", "context.revision", Both },
        { "LongExample", "context.platform", "{\"key\": \"value\"}", "context.platform", Both },
        { "LongExample", "context.language", "\"something\"", "context.language", Both },
        { "LongExample", "context.language", "12345", "context.language", Both },
        { "LongExample", "context.language", "\"es_MX\"", "context.language", Both },
        { "LongExample", "context.statement", "{\"id\": \"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"}", "context.statement.objectType", Both },
        { "LongExample", "context.statement.objectType", "\"Activity\"", "context.statement.objectType", Both },
        { "LongExample", "context.statement.id", "\"AA97B177-9383-4934-8543-0F91A7A028368\"", "context.statement.id", Both },
        { "LongExample", "context.statement", "\"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"", "context.statement", Both },
        { "LongExample", "context.extensions", "{\"example.com/extension/wrong\": 1234}", "context.extensions[\"example.com/extension/wrong\"]", Both },
        { "LongExample", "context.extensions", "null", "context.extensions", Both },
        { "LongExample", "context.mood", "\"good\"", "context.mood", Both },
        { "AgentObject", "context.revision", "\"r2\"", "context.revision", Both },
        { "AgentObject", "context.platform", "\"web\"", "context.platform", Both },
        { "GroupObject", "context.platform", "\"web\"", "context.platform", Both },
        { "StatementRefObject", "context.revision", "\"r2\"", "context.revision", Both },
        { "SubStatementObject", "context.platform", "\"web\"", "context.platform", Both },

        // Attachments.
        { "LongExample", "attachments[0].usageType", "\"supporting_media\"", "attachments[0].usageType", Both },
        { "LongExample", "attachments[0].usageType", null, "attachments[0].usageType", Both },
        { "LongExample", "attachments[0].display", null, "attachments[0].display", Both },
        { "LongExample", "attachments[0].display", "\"Minutes\"", "attachments[0].display", Both },
        { "LongExample", "attachments[0].display", "{\"something\": \"Minutes\"}", "attachments[0].display[\"something\"]", Both },
        { "LongExample", "attachments[0].description", "12345", "attachments[0].description", Both },
        { "LongExample", "attachments[0].contentType", "12345", "attachments[0].contentType", Both },
        { "LongExample", "attachments[0].contentType", "\"text\"", "attachments[0].contentType", Both },
        { "LongExample", "attachments[0].contentType", null, "attachments[0].contentType", Both },
        { "LongExample", "attachments[0].length", "\"27\"", "attachments[0].length", Both },
        { "LongExample", "attachments[0].length", "2.5", "attachments[0].length", Both },
        { "LongExample", "attachments[0].length", "-1", "attachments[0].length", Both },
        { "LongExample", "attachments[0].length", null, "attachments[0].length", Both },
        { "LongExample", "attachments[0].sha2", "12345", "attachments[0].sha2", Both },
        { "LongExample", "attachments[0].sha2", "\"495395e7\"", "attachments[0].sha2", Both },
        { "LongExample", "attachments[0].sha2", null, "attachments[0].sha2", Both },
        { "LongExample", "attachments[0].fileUrl", "\"should fail\"", "attachments[0].fileUrl", Both },
        { "LongExample", "attachments[0].fileUrl", "\"over.there.com/file.txt\"", "attachments[0].fileUrl", Both },
        { "LongExample", "attachments[0].filename", "\"minutes.txt\"", "attachments[0].filename", Both },

        // Authority: an Agent, or (3-legged OAuth) an anonymous Group of exactly two Agents.
        { "LongExample", "authority.member[2]", "{\"mbox\": \"mailto:james@example.com\"}", "authority", Both },
        { "LongExample", "authority.member[1]", null, "authority", Both },
        { "LongExample", "authority.member", null, "authority.member", Both },
        { "LongExample", "authority.mbox", "\"mailto:group@example.com\"", "authority", Both },
        { "LongExample", "authority.member[0].account.homePage", "\"OAuth/Token\"", "authority.member[0].account.homePage", Both },
        { "Cmi5AsReturned", "authority", "\"lms\"", "authority", Both },
        { "Cmi5AsReturned", "authority.account", null, "authority", Both },

        // xAPI 2.0 contextAgents and contextGroups.
        { "2.0", "context.contextAgents[0].objectType", "\"Should fail\"", "context.contextAgents[0].objectType", Only2 },
        { "2.0", "context.contextAgents[0].objectType", "\"Agent\"", "context.contextAgents[0].objectType", Only2 },
        { "2.0", "context.contextAgents[0].objectType", null, "context.contextAgents[0].objectType", Only2 },
        { "2.0", "context.contextAgents[0].agent", "{\"key\": \"Should fail\"}", "context.contextAgents[0].agent.key", Only2 },
        { "2.0", "context.contextAgents[0].agent", "{\"objectType\": \"Group\", \"mbox\": \"mailto:g@example.mx\"}", "context.contextAgents[0].agent.objectType", Only2 },
        { "2.0", "context.contextAgents[0].agent", null, "context.contextAgents[0].agent", Only2 },
        { "2.0", "context.contextAgents[0].relevantTypes", "[]", "context.contextAgents[0].relevantTypes", Only2 },
        { "2.0", "context.contextAgents[0].relevantTypes", "[\"abc\"]", "context.contextAgents[0].relevantTypes[0]", Only2 },
        { "2.0", "context.contextAgents[0].relevantTypes", "\"https://example.mx/xapi/activity-types/coach\"", "context.contextAgents[0].relevantTypes", Only2 },
        { "2.0", "context.contextAgents[0].role", "\"coach\"", "context.contextAgents[0].role", Only2 },
        { "2.0", "context.contextAgents", "{\"objectType\": \"contextAgent\"}", "context.contextAgents", Only2 },
        { "2.0", "context.contextGroups[0].objectType", "\"contextAgent\"", "context.contextGroups[0].objectType", Only2 },
        { "2.0", "context.contextGroups[0].group", "{\"mbox\": \"mailto:g@example.mx\"}", "context.contextGroups[0].group.objectType", Only2 },
        { "2.0", "context.contextGroups[0].group.member[0]", "{\"objectType\": \"Group\", \"mbox\": \"mailto:g@example.mx\"}", "context.contextGroups[0].group.member[0].objectType", Only2 },
        { "2.0", "context.contextGroups[0].relevantTypes", "[]", "context.contextGroups[0].relevantTypes", Only2 },
        { "2.0", "timestamp", "\"2026-05-04T12:00:00\"", "timestamp", Only2 },
        { "2.0", "timestamp", "\"20260504T120000Z\"", "timestamp", Only2 },
        { "2.0", "timestamp", "\"2026-05-04T12:00:00,5Z\"", "timestamp", Only2 },
        { "LongExample", "context.contextAgents", "[]", "context.contextAgents", Only1 },
        { "LongExample", "context.contextGroups", "[]", "context.contextGroups", Only1 },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Validate_StatementBreakingARule_ReportsThePath(string sample, string path, string? value, string expectedPath, string versions)
    {
        var json = JsonEdit.With(Sample(sample), path, value);

        foreach (var version in For(versions))
        {
            var errors = Validate(json, version);

            Assert.True(errors.Any(e => e.Path == expectedPath), version + " expected an error at " + expectedPath + ", got: " + Describe(errors));
        }
    }

    // Valid under one version only.
    public static TheoryData<string, string, string?, XapiVersion> VersionSpecificValid() => new()
    {
        { "Minimal", "version", "\"2.0.0\"", XapiVersion.V2_0_0 },
        { "Minimal", "version", "\"2.0\"", XapiVersion.V2_0_0 },
        { "Minimal", "timestamp", "\"2026-05-04 12:00:00Z\"", XapiVersion.V2_0_0 },
        { "Minimal", "timestamp", "\"2026-05-04T12:00:00\"", XapiVersion.V1_0_3 },
        { "Minimal", "timestamp", "\"20260504T120000Z\"", XapiVersion.V1_0_3 },
        { "Minimal", "timestamp", "\"20260504T120000.25+0530\"", XapiVersion.V1_0_3 },
        { "Minimal", "timestamp", "\"2026-05-04T12:00:00,5+05\"", XapiVersion.V1_0_3 },
        { "Minimal", "timestamp", "\"2026-05-04T12:00:00.000+0000\"", XapiVersion.V1_0_3 },
    };

    [Theory]
    [MemberData(nameof(VersionSpecificValid))]
    public void Validate_ValueAllowedByOneVersionOnly_PassesThereAndFailsInTheOther(string sample, string path, string? value, XapiVersion validIn)
    {
        var json = JsonEdit.With(Sample(sample), path, value);
        var other = validIn == XapiVersion.V1_0_3 ? XapiVersion.V2_0_0 : XapiVersion.V1_0_3;

        Assert.Empty(Validate(json, validIn));
        Assert.Contains(Validate(json, other), e => e.Path == path);
    }

    // The conformance suite's must-accept edge values, and what real clients send.
    public static TheoryData<string, string, string?> AcceptedEdges() => new()
    {
        { "Minimal", "id", "\"12345678-1234-5678-1234-567812345678\"" },
        { "Minimal", "id", "\"AA97B177-9383-4934-8543-0F91A7A02836\"" },
        { "Minimal", "id", "\"00000000-0000-0000-0000-000000000000\"" },
        { "Minimal", "version", "\"1.0\"" },
        { "Minimal", "version", "\"1.0.9\"" },
        { "Minimal", "version", "\"1.0.3\"" },
        { "Minimal", "timestamp", "\"2008-09-15T15:53:00.601+00:00\"" },
        { "Minimal", "timestamp", "\"2023-05-04T12:00:00-05:00\"" },
        { "Minimal", "timestamp", "\"2099-11-23T21:07:03.430Z\"" },
        { "Minimal", "timestamp", "\"2016-12-31T23:59:60Z\"" },
        { "Minimal", "stored", "\"2011-07-15T04:00:00.000Z\"" },
        { "Minimal", "actor.mbox", "\"MAILTO:Ana.Perez@Example.MX\"" },
        { "Minimal", "object.id", "\"block-v1:edX+DemoX+Demo_Course+type@problem+block@3fc5\"" },
        { "Minimal", "object.id", "\"urn:uuid:6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"" },
        { "Minimal", "object.id", "\"http://example.com/فعل/خواندن\"" },
        { "Minimal", "object.definition", "{}" },
        { "Minimal", "object.definition", "{\"interactionType\": \"other\"}" },
        { "Minimal", "object.objectType", "\"Activity\"" },
        { "Minimal", "context", "{}" },
        { "Minimal", "result", "{}" },
        { "Minimal", "result", "{\"score\": {}}" },
        { "Minimal", "result.duration", "\"PT4H35M59.14S\"" },
        { "Minimal", "result.duration", "\"PT16559.14S\"" },
        { "Minimal", "result.duration", "\"P3Y1M29DT4H35M59.14S\"" },
        { "Minimal", "result.duration", "\"P3Y\"" },
        { "Minimal", "result.duration", "\"P4W\"" },
        { "Minimal", "result.duration", "\"PT0S\"" },
        { "Minimal", "result.duration", "\"P1DT12H36M0.12567S\"" },
        { "Minimal", "result.score", "{\"scaled\": -1.0, \"raw\": 0.6767676, \"min\": 0.12123434, \"max\": 100.6767676}" },
        { "Minimal", "result.score", "{\"raw\": 1e3}" },
        { "Minimal", "result.extensions", "{}" },
        { "Minimal", "result.extensions", "{\"http://example.com/ex\": null}" },
        { "Minimal", "result.extensions", "{\"http://example.com/ex\": \"\"}" },
        { "Minimal", "result.extensions", "{\"http://example.com/ex\": {}}" },
        { "Minimal", "result.extensions", "{\"http://example.com/ex\": [1, {\"a\": null}, false]}" },
        { "Minimal", "verb.display", "{}" },
        { "Minimal", "verb.display", "{\"de\": \"a\", \"zh-Hant\": \"b\", \"sr-Latn-RS\": \"c\", \"cmn\": \"d\", \"es-419\": \"e\", \"ase\": \"f\", \"i-klingon\": \"g\", \"x-private\": \"h\", \"und\": \"i\"}" },
        { "Minimal", "attachments", "[]" },
        { "Minimal", "context.contextActivities", "{}" },
        { "Minimal", "context.contextActivities", "{\"parent\": []}" },
        { "Minimal", "context.revision", "\"r1\"" },
        { "Minimal", "context.language", "\"fr-CA\"" },
        { "AgentObject", "context.language", "\"en\"" },
        { "AnonymousGroupActor", "actor.name", "\"Pareja\"" },
        { "IdentifiedGroupActor", "actor.member", "[]" },
        { "IdentifiedGroupActor", "actor.member", null },
        { "Cmi5AsReturned", "authority", "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:app@example.mx\"}, {\"mbox\": \"mailto:user@example.mx\"}]}" },
        { "Voiding", "verb.display", null },
        { "SubStatementObject", "object.verb.id", "\"http://adlnet.gov/expapi/verbs/voided\"" },
        { "SubStatementObject", "object.attachments", "[]" },
    };

    [Theory]
    [MemberData(nameof(AcceptedEdges))]
    public void Validate_EdgeValueTheSpecificationAllows_HasNoErrors(string sample, string path, string? value)
    {
        var json = JsonEdit.With(Sample(sample), path, value);

        foreach (var version in Versions)
        {
            var errors = Validate(json, version);
            Assert.True(errors.Count == 0, version + ": " + Describe(errors));
        }
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"statement\"")]
    [InlineData("12345")]
    [InlineData("true")]
    [InlineData("null")]
    public void Validate_DocumentThatIsNotAnObject_ReportsTheRoot(string json)
    {
        var errors = Validate(json, XapiVersion.V1_0_3);

        Assert.Equal("", Assert.Single(errors).Path);
    }

    [Fact]
    public void Validate_DefaultJsonElement_ReportsTheRootWithoutThrowing()
    {
        Assert.Equal("", Assert.Single(StatementValidator.Validate(default, XapiVersion.V2_0_0)).Path);
    }

    [Fact]
    public void Validate_PropertyNameInWrongCase_NamesTheRightCase()
    {
        var json = ClientStatements.Minimal.Replace("\"actor\"", "\"Actor\"", StringComparison.Ordinal);

        var errors = Validate(json, XapiVersion.V1_0_3);

        Assert.Contains(errors, e => e.Path == "Actor" && e.Message.Contains("\"actor\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "actor");
    }

    [Theory]
    [InlineData("id")]
    [InlineData("actor")]
    [InlineData("verb")]
    [InlineData("object")]
    [InlineData("result")]
    [InlineData("context")]
    [InlineData("timestamp")]
    [InlineData("stored")]
    [InlineData("authority")]
    [InlineData("version")]
    [InlineData("attachments")]
    public void Validate_TopLevelPropertyInWrongCase_IsRejected(string property)
    {
        var wrongCase = char.ToUpperInvariant(property[0]) + property[1..];
        var json = JsonEdit.With(ClientStatements.LongExample, wrongCase, JsonEdit.Parse(ClientStatements.LongExample).GetProperty(property).GetRawText());

        Assert.Contains(Validate(json, XapiVersion.V1_0_3), e => e.Path == wrongCase);
    }

    [Fact]
    public void Validate_RepeatedProperty_IsRejected()
    {
        var json = """
            {
              "actor": { "mbox": "mailto:a@example.mx" },
              "actor": { "mbox": "mailto:b@example.mx" },
              "verb": { "id": "http://adlnet.gov/expapi/verbs/experienced", "display": { "en": "x", "en": "y" } },
              "object": { "id": "https://aprende.example.org/cursos/nube-101" },
              "result": { "extensions": { "http://example.com/ex": { "a": 1, "a": 2 } } }
            }
            """;

        var errors = Validate(json, XapiVersion.V1_0_3);

        Assert.Equal(["actor", "verb.display[\"en\"]", "result.extensions[\"http://example.com/ex\"][\"a\"]"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Validate_StatementWithSeveralProblems_ReportsEveryOne()
    {
        var json = """
            {
              "id": "not-a-uuid",
              "actor": { "mbox": "ana@example.mx", "name": 7 },
              "verb": { "id": "experienced" },
              "object": { "objectType": "Agent", "mbox": "mailto:b@example.mx" },
              "context": { "platform": "web", "language": "es_MX" },
              "result": { "success": "yes", "score": { "scaled": 2 } },
              "timestamp": "ayer"
            }
            """;

        var paths = Validate(json, XapiVersion.V2_0_0).Select(e => e.Path).ToList();

        Assert.Equal(
            ["actor.mbox", "actor.name", "context.language", "context.platform", "id", "result.score.scaled", "result.success", "timestamp", "verb.id"],
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_VoidingStatementTargetingAnActivity_ExplainsTheRule()
    {
        var json = JsonEdit.With(ClientStatements.Voiding, "object", "{\"id\": \"https://aprende.example.org/cursos/nube-101\"}");

        var error = Assert.Single(Validate(json, XapiVersion.V1_0_3));

        Assert.Equal("object", error.Path);
        Assert.Contains("StatementRef", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ContextAgentsUnder1_0_3_SaysTheyAreXapi2()
    {
        var errors = Validate(ClientStatements.ContextAgentsAndGroups2_0, XapiVersion.V1_0_3);

        Assert.Equal(["context.contextAgents", "context.contextGroups", "version"], errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains("2.0", errors[0].Message, StringComparison.Ordinal);
    }

    // Every value of a full statement replaced, one at a time, by values of every JSON kind: the
    // validator answers (never throws) and, where the replacement is wrong, says so.
    [Fact]
    public void Validate_AnyValueReplacedByAnyJsonKind_NeverThrows()
    {
        string[] replacements = ["null", "0", "-1.7e308", "1e400", "\"\"", "\"x\"", "true", "[]", "{}", "[null]", "{\"a\": null}", "[[[[]]]]"];
        var paths = new List<string>();
        CollectPaths(JsonEdit.Parse(ClientStatements.LongExample), "", paths);
        CollectPaths(JsonEdit.Parse(ClientStatements.SubStatementObject), "", paths);
        Assert.True(paths.Count > 100);

        foreach (var sample in (string[])[ClientStatements.LongExample, ClientStatements.SubStatementObject])
        {
            foreach (var path in paths)
            {
                foreach (var replacement in replacements)
                {
                    string json;
                    try
                    {
                        json = JsonEdit.With(sample, path, replacement);
                    }
                    catch (InvalidOperationException)
                    {
                        continue; // the path belongs to the other sample
                    }
                    catch (ArgumentOutOfRangeException)
                    {
                        continue;
                    }

                    foreach (var version in Versions)
                    {
                        _ = Validate(json, version);
                    }
                }
            }
        }
    }

    [Fact]
    public void Validate_DeeplyNestedExtensionValue_DoesNotThrow()
    {
        var depth = 5000;
        var nested = new string('[', depth) + new string(']', depth);
        var json = JsonEdit.With(ClientStatements.Minimal, "result", "{}").Replace("\"result\":{}", "\"result\":{\"extensions\":{\"http://example.com/deep\":" + nested + "}}", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = depth + 10 });

        Assert.Empty(StatementValidator.Validate(document.RootElement, XapiVersion.V1_0_3));
    }

    private static void CollectPaths(JsonElement element, string path, List<string> paths)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name.Contains('.', StringComparison.Ordinal))
                {
                    continue; // extension keys: JsonEdit paths cannot name them
                }

                var child = path.Length == 0 ? property.Name : path + "." + property.Name;
                paths.Add(child);
                CollectPaths(property.Value, child, paths);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                var child = path + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]";
                paths.Add(child);
                CollectPaths(item, child, paths);
            }
        }
    }
}
