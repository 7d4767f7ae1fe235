using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Semillero.LearningRecords.Validation;

// The statement rules of xAPI 1.0.3 (Data, part two) and xAPI 2.0 (IEEE 9274.1.1) that an LRS must
// enforce with 400 Bad Request, as the ADL LRS conformance suite checks them. Pure: no storage, no
// clock. Every problem is reported, each with the path of the offending value; nothing here throws,
// whatever JSON it is given. Rules that need the store (a voiding statement targeting another voiding
// statement, id conflicts) or the request (attachment parts, signatures) belong to the caller.
public static class StatementValidator
{
    // One statement object as received (before the LRS adds id/stored/authority/timestamp/version).
    public static IReadOnlyList<XapiValidationError> Validate(JsonElement statement, XapiVersion version)
    {
        var walker = new Walker(version);
        walker.Statement(statement);
        return walker.Errors;
    }

    // An Agent or Group given as a query parameter (agent=...), validated as an actor would be.
    // Paths start at "agent".
    public static IReadOnlyList<XapiValidationError> ValidateAgent(JsonElement agent, XapiVersion version)
    {
        var walker = new Walker(version);
        walker.Actor(agent, "agent", ActorKind.AgentOrGroup);
        return walker.Errors;
    }

    private enum ActorKind
    {
        AgentOrGroup,
        AgentOnly,
        GroupOnly,
    }

    private enum ObjectKind
    {
        Unknown,
        Activity,
        Agent,
        Group,
        StatementRef,
        SubStatement,
    }

    private readonly record struct ActorShape(bool IsGroup, int IdentifierCount, int MemberCount);

    private static readonly string[] Identifiers = ["mbox", "mbox_sha1sum", "openid", "account"];

    private static readonly Names StatementProperties = Set(
        "id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version", "attachments");

    private static readonly Names SubStatementProperties = Set(
        "objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments");

    private static readonly Names AgentProperties = Set("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");

    private static readonly Names GroupProperties = Set("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member");

    private static readonly Names AccountProperties = Set("homePage", "name");

    private static readonly Names VerbProperties = Set("id", "display");

    private static readonly Names ActivityProperties = Set("objectType", "id", "definition");

    private static readonly Names DefinitionProperties = Set(
        "name", "description", "type", "moreInfo", "interactionType", "correctResponsesPattern",
        "choices", "scale", "source", "target", "steps", "extensions");

    private static readonly Names ComponentProperties = Set("id", "description");

    private static readonly Names StatementRefProperties = Set("objectType", "id");

    private static readonly Names ResultProperties = Set("score", "success", "completion", "response", "duration", "extensions");

    private static readonly Names ScoreProperties = Set("scaled", "raw", "min", "max");

    private static readonly Names ContextProperties1 = Set(
        "registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement", "extensions");

    private static readonly Names ContextProperties2 = Set(
        "registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement", "extensions",
        "contextAgents", "contextGroups");

    private static readonly Names ContextActivityKeys = Set("parent", "grouping", "category", "other");

    private static readonly Names ContextAgentProperties = Set("objectType", "agent", "relevantTypes");

    private static readonly Names ContextGroupProperties = Set("objectType", "group", "relevantTypes");

    private static readonly Names AttachmentProperties = Set(
        "usageType", "display", "description", "contentType", "length", "sha2", "fileUrl");

    private static readonly string[] LrsSetProperties = ["id", "stored", "version", "authority"];

    private static readonly string[] Xapi2ContextProperties = ["contextAgents", "contextGroups"];

    private static readonly string[] ActivityOnlyContextProperties = ["revision", "platform"];

    private static readonly string[] RequiredAttachmentProperties = ["usageType", "display", "contentType", "length", "sha2"];

    private static readonly string[] InteractionTypes =
        ["true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"];

    private static readonly string[] ComponentLists = ["choices", "scale", "source", "target", "steps"];

    // Which interaction component lists each interactionType supports (xAPI 1.0.3 Data 2.4.4.1.s15).
    private static string[] ComponentListsFor(string interactionType) => interactionType switch
    {
        "choice" or "sequencing" => ["choices"],
        "likert" => ["scale"],
        "matching" => ["source", "target"],
        "performance" => ["steps"],
        _ => [],
    };

    private static Names Set(params string[] names) => new(names);

    private static Path Join(Path path, string name) => new(path, name, Path.Member);

    private static Path Index(Path path, int index) => new(path, null, index);

    private static Path Key(Path path, string key) => new(path, key, Path.MapKey);

    // Where a value is ("context.contextActivities.parent[0].id"), as a chain of segments turned into
    // text only when an error names it: nearly every statement is valid, and building every path's
    // text cost more than the checks themselves (ingest CPU, docs/notes/ingest-cpu.md).
    private sealed class Path
    {
        public const int Member = -1;
        public const int MapKey = -2;

        public static readonly Path Root = new(null, null, Member);

        private readonly Path? _parent;
        private readonly string? _name;

        // Member (".name"), MapKey ("[\"name\"]"), or an array index ("[3]").
        private readonly int _kind;

        public Path(Path? parent, string? name, int kind)
        {
            _parent = parent;
            _name = name;
            _kind = kind;
        }

        // A path written as text starts at the root: "" is the root itself.
        public static implicit operator Path(string name) => name.Length == 0 ? Root : new Path(Root, name, Member);

        public override string ToString()
        {
            if (_parent is null)
            {
                return "";
            }

            var parent = _parent.ToString();
            return _kind switch
            {
                Member => parent.Length == 0 ? _name! : parent + "." + _name,
                MapKey => parent + "[\"" + _name + "\"]",
                _ => parent + "[" + _kind.ToString(CultureInfo.InvariantCulture) + "]",
            };
        }
    }

    // The property names an object may have. A name written plainly in the JSON (nearly always) is
    // matched on its UTF-8 bytes, without materialising it as a string.
    private sealed class Names(string[] names) : IEnumerable<string>
    {
        private readonly byte[][] _utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];

        // The name as this set holds it, or null when the property is not one of them.
        public string? Find(JsonProperty property)
        {
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            if (raw.IndexOf((byte)'\\') >= 0)
            {
                var name = property.Name;
                return Array.Find(names, n => string.Equals(n, name, StringComparison.Ordinal));
            }

            for (var i = 0; i < _utf8.Length; i++)
            {
                if (raw.SequenceEqual(_utf8[i]))
                {
                    return names[i];
                }
            }

            return null;
        }

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)names).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    // The allowed properties of one object, in order. An object has a handful, so a list searched
    // linearly costs less than a dictionary (one per object of every statement).
    private sealed class Properties(int capacity)
    {
        private readonly (string Name, JsonElement Value)[] _items = new (string, JsonElement)[capacity];
        private int _count;

        public ReadOnlySpan<(string Name, JsonElement Value)> Items => _items.AsSpan(0, _count);

        public bool TryGetValue(string name, out JsonElement value)
        {
            var i = IndexOf(name);
            value = i < 0 ? default : _items[i].Value;
            return i >= 0;
        }

        public bool ContainsKey(string name) => IndexOf(name) >= 0;

        public bool TryAdd(string name, JsonElement value)
        {
            if (IndexOf(name) >= 0)
            {
                return false;
            }

            _items[_count++] = (name, value);
            return true;
        }

        public void Remove(string name)
        {
            var i = IndexOf(name);
            if (i >= 0)
            {
                Array.Copy(_items, i + 1, _items, i, _count - i - 1);
                _items[--_count] = default;
            }
        }

        private int IndexOf(string name)
        {
            for (var i = 0; i < _count; i++)
            {
                if (string.Equals(_items[i].Name, name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private sealed class Walker(XapiVersion version)
    {
        // Deeper than this inside extension values is not walked (duplicate-key check only).
        private const int MaxExtensionDepth = 64;

        public List<XapiValidationError> Errors { get; } = [];

        private void Error(Path path, string message) => Errors.Add(new XapiValidationError(path.ToString(), message));

        public void Statement(JsonElement statement)
        {
            var properties = Members(statement, "", StatementProperties, "statement");
            if (properties is null)
            {
                return;
            }

            if (properties.TryGetValue("id", out var id))
            {
                Uuid(id, "id");
            }

            var objectKind = StatementBody(properties, "", isSubStatement: false);

            if (properties.TryGetValue("stored", out var stored))
            {
                Timestamp(stored, "stored");
            }

            if (properties.TryGetValue("authority", out var authority))
            {
                Authority(authority, "authority");
            }

            if (properties.TryGetValue("version", out var statementVersion))
            {
                var text = String(statementVersion, "version");
                if (text is not null && !XapiFormats.IsStatementVersion(text, version))
                {
                    Error("version", version == XapiVersion.V2_0_0
                        ? "must be 1.0, 1.0.x, 2.0 or 2.0.x"
                        : "must be 1.0 or 1.0.x (this request is xAPI 1.0.3)");
                }
            }

            if (properties.TryGetValue("verb", out var verb) && verb.ValueKind == JsonValueKind.Object
                && verb.TryGetProperty("id", out var verbId) && verbId.ValueKind == JsonValueKind.String
                && string.Equals(verbId.GetString(), XapiFormats.VoidedVerb, StringComparison.Ordinal)
                && objectKind is not (ObjectKind.StatementRef or ObjectKind.Unknown))
            {
                Error("object", "a voiding statement (verb " + XapiFormats.VoidedVerb + ") must have a StatementRef object");
            }
        }

        // What statements and sub-statements share; returns what the object is.
        private ObjectKind StatementBody(Properties properties, Path path, bool isSubStatement)
        {
            if (properties.TryGetValue("actor", out var actor))
            {
                Actor(actor, Join(path, "actor"), ActorKind.AgentOrGroup);
            }
            else
            {
                Error(Join(path, "actor"), "is required");
            }

            if (properties.TryGetValue("verb", out var verb))
            {
                Verb(verb, Join(path, "verb"));
            }
            else
            {
                Error(Join(path, "verb"), "is required");
            }

            var objectKind = ObjectKind.Unknown;
            if (properties.TryGetValue("object", out var target))
            {
                objectKind = Object(target, Join(path, "object"), isSubStatement);
            }
            else
            {
                Error(Join(path, "object"), "is required");
            }

            if (properties.TryGetValue("result", out var result))
            {
                Result(result, Join(path, "result"));
            }

            if (properties.TryGetValue("context", out var context))
            {
                Context(context, Join(path, "context"), objectKind);
            }

            if (properties.TryGetValue("timestamp", out var timestamp))
            {
                Timestamp(timestamp, Join(path, "timestamp"));
            }

            if (properties.TryGetValue("attachments", out var attachments))
            {
                Attachments(attachments, Join(path, "attachments"));
            }

            return objectKind;
        }

        public ActorShape? Actor(JsonElement element, Path path, ActorKind kind)
        {
            if (!IsObject(element, path))
            {
                return null;
            }

            var isGroup = false;
            if (element.TryGetProperty("objectType", out var objectType) && objectType.ValueKind == JsonValueKind.String)
            {
                var type = objectType.GetString();
                isGroup = string.Equals(type, "Group", StringComparison.Ordinal);
                if (!isGroup && !string.Equals(type, "Agent", StringComparison.Ordinal))
                {
                    Error(Join(path, "objectType"), "must be \"Agent\" or \"Group\"");
                    return null;
                }
            }

            if (kind == ActorKind.GroupOnly && !isGroup)
            {
                Error(Join(path, "objectType"), "must be \"Group\": only a Group is allowed here");
            }
            else if (kind == ActorKind.AgentOnly && isGroup)
            {
                Error(Join(path, "objectType"), "must be \"Agent\" (or absent): a Group is not allowed here");
            }

            var properties = Members(element, path, isGroup ? GroupProperties : AgentProperties, isGroup ? "Group" : "Agent");
            if (properties is null)
            {
                return null;
            }

            if (properties.TryGetValue("objectType", out objectType))
            {
                String(objectType, Join(path, "objectType"));
            }

            if (properties.TryGetValue("name", out var name))
            {
                String(name, Join(path, "name"));
            }

            var identifiers = 0;
            foreach (var identifier in Identifiers)
            {
                if (properties.TryGetValue(identifier, out var value))
                {
                    identifiers++;
                    Identifier(identifier, value, Join(path, identifier));
                }
            }

            if (identifiers > 1)
            {
                Error(path, (isGroup ? "an identified Group" : "an Agent") + " must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account), not "
                    + identifiers.ToString(CultureInfo.InvariantCulture));
            }

            var members = 0;
            if (!isGroup)
            {
                if (identifiers == 0)
                {
                    Error(path, "an Agent must have exactly one inverse functional identifier: mbox, mbox_sha1sum, openid or account");
                }
            }
            else if (properties.TryGetValue("member", out var member))
            {
                if (member.ValueKind != JsonValueKind.Array)
                {
                    Error(Join(path, "member"), "must be an array of Agents");
                }
                else
                {
                    foreach (var agent in member.EnumerateArray())
                    {
                        Actor(agent, Index(Join(path, "member"), members), ActorKind.AgentOnly);
                        members++;
                    }

                    if (members == 0 && identifiers == 0)
                    {
                        Error(Join(path, "member"), "an anonymous Group must list at least one member");
                    }
                    else if (members > XapiLimits.MaxGroupMembers)
                    {
                        // Not a rule of the specification but this LRS's limit (XapiLimits).
                        Error(Join(path, "member"), "lists " + members.ToString(CultureInfo.InvariantCulture) + " members; this LRS accepts at most "
                            + XapiLimits.MaxGroupMembers.ToString(CultureInfo.InvariantCulture) + " per Group");
                    }
                }
            }
            else if (identifiers == 0)
            {
                Error(Join(path, "member"), "is required: a Group without an inverse functional identifier (anonymous Group) must list its members");
            }

            return new ActorShape(isGroup, identifiers, members);
        }

        private void Identifier(string identifier, JsonElement value, Path path)
        {
            if (identifier == "account")
            {
                var account = Members(value, path, AccountProperties, "account");
                if (account is null)
                {
                    return;
                }

                if (account.TryGetValue("homePage", out var homePage))
                {
                    Iri(homePage, Join(path, "homePage"), "IRL");
                }
                else
                {
                    Error(Join(path, "homePage"), "is required");
                }

                if (account.TryGetValue("name", out var name))
                {
                    String(name, Join(path, "name"));
                }
                else
                {
                    Error(Join(path, "name"), "is required");
                }

                return;
            }

            var text = String(value, path);
            if (text is null)
            {
                return;
            }

            switch (identifier)
            {
                case "mbox" when !XapiFormats.IsMailtoIri(text):
                    Error(path, "must be a mailto IRI: \"mailto:\" followed by an email address");
                    break;
                case "mbox_sha1sum" when !XapiFormats.IsSha1Hex(text):
                    Error(path, "must be the hex SHA-1 of a mailto IRI (40 hexadecimal digits)");
                    break;
                case "openid" when !XapiFormats.IsIri(text):
                    Error(path, "must be an absolute URI");
                    break;
            }
        }

        private void Authority(JsonElement element, Path path)
        {
            var shape = Actor(element, path, ActorKind.AgentOrGroup);
            if (shape is { IsGroup: true } && (shape.Value.IdentifierCount > 0 || shape.Value.MemberCount != 2))
            {
                Error(path, "an authority that is a Group must be an anonymous Group of exactly two Agents (3-legged OAuth: the application and the user)");
            }
        }

        private void Verb(JsonElement element, Path path)
        {
            var properties = Members(element, path, VerbProperties, "verb");
            if (properties is null)
            {
                return;
            }

            if (properties.TryGetValue("id", out var id))
            {
                Iri(id, Join(path, "id"), "IRI");
            }
            else
            {
                Error(Join(path, "id"), "is required");
            }

            if (properties.TryGetValue("display", out var display))
            {
                LanguageMap(display, Join(path, "display"));
            }
        }

        private ObjectKind Object(JsonElement element, Path path, bool isSubStatement)
        {
            if (!IsObject(element, path))
            {
                return ObjectKind.Unknown;
            }

            var kind = ObjectKind.Activity;
            if (element.TryGetProperty("objectType", out var objectType))
            {
                kind = objectType.ValueKind == JsonValueKind.String
                    ? objectType.GetString() switch
                    {
                        "Activity" => ObjectKind.Activity,
                        "Agent" => ObjectKind.Agent,
                        "Group" => ObjectKind.Group,
                        "StatementRef" => ObjectKind.StatementRef,
                        "SubStatement" => ObjectKind.SubStatement,
                        _ => ObjectKind.Unknown,
                    }
                    : ObjectKind.Unknown;
                if (kind == ObjectKind.Unknown)
                {
                    Error(Join(path, "objectType"), objectType.ValueKind == JsonValueKind.Null
                        ? "must not be null"
                        : "must be \"Activity\", \"Agent\", \"Group\", \"StatementRef\" or \"SubStatement\"");
                    return ObjectKind.Unknown;
                }
            }

            switch (kind)
            {
                case ObjectKind.Activity:
                    Activity(element, path);
                    break;
                case ObjectKind.Agent:
                case ObjectKind.Group:
                    Actor(element, path, ActorKind.AgentOrGroup);
                    break;
                case ObjectKind.StatementRef:
                    StatementRef(element, path);
                    break;
                case ObjectKind.SubStatement when isSubStatement:
                    Error(Join(path, "objectType"), "a SubStatement cannot contain another SubStatement");
                    break;
                case ObjectKind.SubStatement:
                    SubStatement(element, path);
                    break;
            }

            return kind;
        }

        private void SubStatement(JsonElement element, Path path)
        {
            foreach (var name in LrsSetProperties)
            {
                if (element.TryGetProperty(name, out _))
                {
                    Error(Join(path, name), "is not allowed in a SubStatement");
                }
            }

            var properties = Members(element, path, SubStatementProperties, "SubStatement", reportUnknown: name => name is not ("id" or "stored" or "version" or "authority"));
            if (properties is not null)
            {
                StatementBody(properties, path, isSubStatement: true);
            }
        }

        private void Activity(JsonElement element, Path path)
        {
            var properties = Members(element, path, ActivityProperties, "Activity");
            if (properties is null)
            {
                return;
            }

            if (properties.TryGetValue("id", out var id))
            {
                Iri(id, Join(path, "id"), "IRI");
            }
            else
            {
                Error(Join(path, "id"), "is required");
            }

            if (properties.TryGetValue("definition", out var definition))
            {
                ActivityDefinition(definition, Join(path, "definition"));
            }
        }

        private void ActivityDefinition(JsonElement element, Path path)
        {
            var properties = Members(element, path, DefinitionProperties, "Activity definition");
            if (properties is null)
            {
                return;
            }

            if (properties.TryGetValue("name", out var name))
            {
                LanguageMap(name, Join(path, "name"));
            }

            if (properties.TryGetValue("description", out var description))
            {
                LanguageMap(description, Join(path, "description"));
            }

            if (properties.TryGetValue("type", out var type))
            {
                Iri(type, Join(path, "type"), "IRI");
            }

            if (properties.TryGetValue("moreInfo", out var moreInfo))
            {
                Iri(moreInfo, Join(path, "moreInfo"), "IRL");
            }

            if (properties.TryGetValue("extensions", out var extensions))
            {
                Extensions(extensions, Join(path, "extensions"));
            }

            string? interactionType = null;
            if (properties.TryGetValue("interactionType", out var interaction))
            {
                interactionType = String(interaction, Join(path, "interactionType"));
                if (interactionType is not null && Array.IndexOf(InteractionTypes, interactionType) < 0)
                {
                    Error(Join(path, "interactionType"), "must be one of " + string.Join(", ", InteractionTypes) + " (case-sensitive)");
                    interactionType = null;
                }
            }

            var usesInteractionProperties = properties.ContainsKey("correctResponsesPattern");
            if (properties.TryGetValue("correctResponsesPattern", out var pattern))
            {
                var patternPath = Join(path, "correctResponsesPattern");
                if (pattern.ValueKind != JsonValueKind.Array)
                {
                    Error(patternPath, "must be an array of strings");
                }
                else
                {
                    var i = 0;
                    foreach (var response in pattern.EnumerateArray())
                    {
                        String(response, Index(patternPath, i++));
                    }
                }
            }

            var supported = interactionType is null ? null : ComponentListsFor(interactionType);
            foreach (var list in ComponentLists)
            {
                if (!properties.TryGetValue(list, out var components))
                {
                    continue;
                }

                usesInteractionProperties = true;
                var listPath = Join(path, list);
                InteractionComponents(components, listPath);
                if (supported is not null && Array.IndexOf(supported, list) < 0)
                {
                    Error(listPath, "is not an interaction component list of interactionType \"" + interactionType + "\"");
                }
            }

            if (usesInteractionProperties && !properties.ContainsKey("interactionType"))
            {
                Error(Join(path, "interactionType"), "is required when correctResponsesPattern or an interaction component list is present");
            }
        }

        private void InteractionComponents(JsonElement element, Path path)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                Error(path, "must be an array of interaction components");
                return;
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var component in element.EnumerateArray())
            {
                var componentPath = Index(path, i++);
                var properties = Members(component, componentPath, ComponentProperties, "interaction component");
                if (properties is null)
                {
                    continue;
                }

                if (properties.TryGetValue("id", out var id))
                {
                    var text = String(id, Join(componentPath, "id"));
                    if (text is not null && !ids.Add(text))
                    {
                        Error(Join(componentPath, "id"), "repeats another id in this list; ids must be distinct");
                    }
                }
                else
                {
                    Error(Join(componentPath, "id"), "is required");
                }

                if (properties.TryGetValue("description", out var description))
                {
                    LanguageMap(description, Join(componentPath, "description"));
                }
            }
        }

        private void StatementRef(JsonElement element, Path path)
        {
            var properties = Members(element, path, StatementRefProperties, "StatementRef");
            if (properties is null)
            {
                return;
            }

            if (!properties.TryGetValue("objectType", out var objectType))
            {
                Error(Join(path, "objectType"), "is required and must be \"StatementRef\"");
            }
            else if (String(objectType, Join(path, "objectType")) is { } type && !string.Equals(type, "StatementRef", StringComparison.Ordinal))
            {
                Error(Join(path, "objectType"), "must be \"StatementRef\"");
            }

            if (properties.TryGetValue("id", out var id))
            {
                Uuid(id, Join(path, "id"));
            }
            else
            {
                Error(Join(path, "id"), "is required");
            }
        }

        private void Result(JsonElement element, Path path)
        {
            var properties = Members(element, path, ResultProperties, "result");
            if (properties is null)
            {
                return;
            }

            if (properties.TryGetValue("score", out var score))
            {
                Score(score, Join(path, "score"));
            }

            if (properties.TryGetValue("success", out var success))
            {
                Boolean(success, Join(path, "success"));
            }

            if (properties.TryGetValue("completion", out var completion))
            {
                Boolean(completion, Join(path, "completion"));
            }

            if (properties.TryGetValue("response", out var response))
            {
                String(response, Join(path, "response"));
            }

            if (properties.TryGetValue("duration", out var duration)
                && String(duration, Join(path, "duration")) is { } text && !XapiFormats.IsDuration(text))
            {
                Error(Join(path, "duration"), "must be an ISO 8601 duration such as PT1H0M0S, PT16559.14S or P4W");
            }

            if (properties.TryGetValue("extensions", out var extensions))
            {
                Extensions(extensions, Join(path, "extensions"));
            }
        }

        private void Score(JsonElement element, Path path)
        {
            var properties = Members(element, path, ScoreProperties, "score");
            if (properties is null)
            {
                return;
            }

            double? Read(string name) => properties.TryGetValue(name, out var value) ? Number(value, Join(path, name)) : null;

            var scaled = Read("scaled");
            var raw = Read("raw");
            var min = Read("min");
            var max = Read("max");
            if (scaled is < -1 or > 1)
            {
                Error(Join(path, "scaled"), "must be between -1 and 1 inclusive");
            }

            if (min is not null && max is not null && min >= max)
            {
                Error(Join(path, "min"), "must be less than max");
            }

            if (raw is not null && ((min is not null && raw < min) || (max is not null && raw > max)))
            {
                Error(Join(path, "raw"), "must be between min and max inclusive");
            }
        }

        private void Context(JsonElement element, Path path, ObjectKind objectKind)
        {
            var properties = Members(element, path, version == XapiVersion.V2_0_0 ? ContextProperties2 : ContextProperties1, "context",
                reportUnknown: name => !(version == XapiVersion.V1_0_3 && name is "contextAgents" or "contextGroups"));
            if (properties is null)
            {
                return;
            }

            if (version == XapiVersion.V1_0_3)
            {
                foreach (var name in Xapi2ContextProperties)
                {
                    if (element.TryGetProperty(name, out _))
                    {
                        Error(Join(path, name), "is an xAPI 2.0 property; this request is xAPI 1.0.3");
                    }
                }
            }

            if (properties.TryGetValue("registration", out var registration))
            {
                Uuid(registration, Join(path, "registration"));
            }

            if (properties.TryGetValue("instructor", out var instructor))
            {
                Actor(instructor, Join(path, "instructor"), ActorKind.AgentOrGroup);
            }

            if (properties.TryGetValue("team", out var team))
            {
                Actor(team, Join(path, "team"), ActorKind.GroupOnly);
            }

            if (properties.TryGetValue("contextActivities", out var contextActivities))
            {
                ContextActivities(contextActivities, Join(path, "contextActivities"));
            }

            foreach (var name in ActivityOnlyContextProperties)
            {
                if (properties.TryGetValue(name, out var value))
                {
                    String(value, Join(path, name));
                    if (objectKind is not (ObjectKind.Activity or ObjectKind.Unknown))
                    {
                        Error(Join(path, name), "may only be used when the statement's object is an Activity");
                    }
                }
            }

            if (properties.TryGetValue("language", out var language)
                && String(language, Join(path, "language")) is { } tag && !XapiFormats.IsLanguageTag(tag))
            {
                Error(Join(path, "language"), "must be an RFC 5646 language tag such as es, es-MX or zh-Hant");
            }

            if (properties.TryGetValue("statement", out var statement))
            {
                StatementRef(statement, Join(path, "statement"));
            }

            if (properties.TryGetValue("extensions", out var extensions))
            {
                Extensions(extensions, Join(path, "extensions"));
            }

            if (properties.TryGetValue("contextAgents", out var contextAgents))
            {
                ContextParticipants(contextAgents, Join(path, "contextAgents"), "contextAgent", "agent", ContextAgentProperties, ActorKind.AgentOnly);
            }

            if (properties.TryGetValue("contextGroups", out var contextGroups))
            {
                ContextParticipants(contextGroups, Join(path, "contextGroups"), "contextGroup", "group", ContextGroupProperties, ActorKind.GroupOnly);
            }
        }

        private void ContextActivities(JsonElement element, Path path)
        {
            var properties = Members(element, path, ContextActivityKeys, "contextActivities");
            if (properties is null)
            {
                return;
            }

            foreach (var (key, value) in properties.Items)
            {
                var keyPath = Join(path, key);
                if (value.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var activity in value.EnumerateArray())
                    {
                        ContextActivity(activity, Index(keyPath, i++));
                    }
                }
                else if (value.ValueKind == JsonValueKind.Object)
                {
                    ContextActivity(value, keyPath);
                }
                else
                {
                    Error(keyPath, "must be an Activity or an array of Activities");
                }
            }
        }

        private void ContextActivity(JsonElement element, Path path)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("objectType", out var objectType)
                && !(objectType.ValueKind == JsonValueKind.String && string.Equals(objectType.GetString(), "Activity", StringComparison.Ordinal)))
            {
                Error(Join(path, "objectType"), "must be \"Activity\" (or absent)");
                return;
            }

            Activity(element, path);
        }

        // xAPI 2.0 contextAgents / contextGroups: arrays of {objectType, agent|group, relevantTypes?}.
        private void ContextParticipants(JsonElement element, Path path, string objectType, string member, Names allowed, ActorKind kind)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                Error(path, "must be an array of " + objectType + " objects");
                return;
            }

            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                var itemPath = Index(path, i++);
                var properties = Members(item, itemPath, allowed, objectType);
                if (properties is null)
                {
                    continue;
                }

                if (!properties.TryGetValue("objectType", out var type))
                {
                    Error(Join(itemPath, "objectType"), "is required and must be \"" + objectType + "\"");
                }
                else if (String(type, Join(itemPath, "objectType")) is { } text && !string.Equals(text, objectType, StringComparison.Ordinal))
                {
                    Error(Join(itemPath, "objectType"), "must be \"" + objectType + "\"");
                }

                if (properties.TryGetValue(member, out var participant))
                {
                    Actor(participant, Join(itemPath, member), kind);
                }
                else
                {
                    Error(Join(itemPath, member), "is required");
                }

                if (properties.TryGetValue("relevantTypes", out var relevantTypes))
                {
                    var typesPath = Join(itemPath, "relevantTypes");
                    if (relevantTypes.ValueKind != JsonValueKind.Array)
                    {
                        Error(typesPath, "must be an array of IRIs");
                    }
                    else if (relevantTypes.GetArrayLength() == 0)
                    {
                        Error(typesPath, "must list at least one IRI when present");
                    }
                    else
                    {
                        var j = 0;
                        foreach (var relevantType in relevantTypes.EnumerateArray())
                        {
                            Iri(relevantType, Index(typesPath, j++), "IRI");
                        }
                    }
                }
            }
        }

        private void Attachments(JsonElement element, Path path)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                Error(path, "must be an array of Attachment objects");
                return;
            }

            var i = 0;
            foreach (var attachment in element.EnumerateArray())
            {
                var itemPath = Index(path, i++);
                var properties = Members(attachment, itemPath, AttachmentProperties, "Attachment");
                if (properties is null)
                {
                    continue;
                }

                foreach (var required in RequiredAttachmentProperties)
                {
                    if (!properties.ContainsKey(required))
                    {
                        Error(Join(itemPath, required), "is required");
                    }
                }

                if (properties.TryGetValue("usageType", out var usageType))
                {
                    Iri(usageType, Join(itemPath, "usageType"), "IRI");
                }

                if (properties.TryGetValue("display", out var display))
                {
                    LanguageMap(display, Join(itemPath, "display"));
                }

                if (properties.TryGetValue("description", out var description))
                {
                    LanguageMap(description, Join(itemPath, "description"));
                }

                if (properties.TryGetValue("contentType", out var contentType)
                    && String(contentType, Join(itemPath, "contentType")) is { } mediaType && !XapiFormats.IsMediaType(mediaType))
                {
                    Error(Join(itemPath, "contentType"), "must be an Internet media type such as text/plain or application/pdf");
                }

                if (properties.TryGetValue("length", out var length))
                {
                    var lengthPath = Join(itemPath, "length");
                    if (Number(length, lengthPath) is { } octets && (octets < 0 || octets != Math.Floor(octets)))
                    {
                        Error(lengthPath, "must be a non-negative integer (octets)");
                    }
                }

                if (properties.TryGetValue("sha2", out var sha2)
                    && String(sha2, Join(itemPath, "sha2")) is { } hash && !XapiFormats.IsSha2Hex(hash))
                {
                    Error(Join(itemPath, "sha2"), "must be the hex SHA-2 of the attachment data (64 hexadecimal digits for SHA-256)");
                }

                if (properties.TryGetValue("fileUrl", out var fileUrl))
                {
                    Iri(fileUrl, Join(itemPath, "fileUrl"), "IRL");
                }
            }
        }

        private void LanguageMap(JsonElement element, Path path)
        {
            if (!IsObject(element, path, "a language map (an object of RFC 5646 language tags to strings)"))
            {
                return;
            }

            // Most maps have one entry, which cannot repeat.
            var seen = element.GetPropertyCount() > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
            foreach (var entry in element.EnumerateObject())
            {
                var name = entry.Name;
                if (seen is not null && !seen.Add(name))
                {
                    Error(Key(path, name), "appears more than once");
                }

                if (!XapiFormats.IsLanguageTag(name))
                {
                    Error(Key(path, name), "is not an RFC 5646 language tag");
                }

                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    String(entry.Value, Key(path, name));
                }
            }
        }

        private void Extensions(JsonElement element, Path path)
        {
            if (!IsObject(element, path, "an object whose keys are IRIs"))
            {
                return;
            }

            var seen = element.GetPropertyCount() > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
            foreach (var entry in element.EnumerateObject())
            {
                var name = entry.Name;
                if (seen is not null && !seen.Add(name))
                {
                    Error(Key(path, name), "appears more than once");
                }

                if (!XapiFormats.IsIri(name))
                {
                    Error(Key(path, name), "extension keys must be absolute IRIs");
                }

                // Any value is allowed, null included; only repeated keys inside it are reported.
                if (entry.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    DuplicateKeys(entry.Value, Key(path, name), 0);
                }
            }
        }

        private void DuplicateKeys(JsonElement element, Path path, int depth)
        {
            if (depth > MaxExtensionDepth)
            {
                return;
            }

            // Only objects and arrays can hold keys; scalars are not visited.
            if (element.ValueKind == JsonValueKind.Object)
            {
                var seen = element.GetPropertyCount() > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
                foreach (var entry in element.EnumerateObject())
                {
                    if (seen is not null && !seen.Add(entry.Name))
                    {
                        Error(Key(path, entry.Name), "appears more than once");
                    }

                    if (entry.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        DuplicateKeys(entry.Value, Key(path, entry.Name), depth + 1);
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        DuplicateKeys(item, Index(path, i), depth + 1);
                    }

                    i++;
                }
            }
        }

        private void Timestamp(JsonElement element, Path path)
        {
            if (String(element, path) is { } text && !XapiFormats.IsTimestamp(text, version))
            {
                Error(path, version == XapiVersion.V2_0_0
                    ? "must be an RFC 3339 timestamp with a time zone, such as 2024-05-04T17:00:00.000Z"
                    : "must be an ISO 8601 timestamp such as 2024-05-04T17:00:00.000Z");
            }
        }

        private void Uuid(JsonElement element, Path path)
        {
            if (String(element, path) is { } text && !XapiFormats.IsUuid(text))
            {
                Error(path, "must be a UUID in standard string form (8-4-4-4-12 hexadecimal digits)");
            }
        }

        private void Iri(JsonElement element, Path path, string what)
        {
            if (String(element, path) is { } text && !XapiFormats.IsIri(text))
            {
                Error(path, "must be an absolute " + what + " (with a scheme, such as http://example.com/...)");
            }
        }

        private string? String(JsonElement element, Path path)
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                return element.GetString();
            }

            Error(path, element.ValueKind == JsonValueKind.Null ? "must not be null" : "must be a string");
            return null;
        }

        private void Boolean(JsonElement element, Path path)
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Error(path, element.ValueKind == JsonValueKind.Null ? "must not be null" : "must be a boolean (true or false, not a string)");
            }
        }

        private double? Number(JsonElement element, Path path)
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                Error(path, element.ValueKind == JsonValueKind.Null ? "must not be null" : "must be a number (not a string)");
                return null;
            }

            if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                Error(path, "is not a representable number");
                return null;
            }

            return value;
        }

        private bool IsObject(JsonElement element, Path path, string what = "an object")
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Error(path, element.ValueKind == JsonValueKind.Null ? "must not be null" : "must be " + what);
            return false;
        }

        // The properties of an object, checked against the allowed names (exact case): unknown and
        // repeated names and null values are reported, and left out of the result. Null when the value
        // is not an object at all.
        private Properties? Members(JsonElement element, Path path, Names allowed, string what,
            Func<string, bool>? reportUnknown = null)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                IsObject(element, path, what == "statement" ? "a JSON object" : "an object (" + what + ")");
                return null;
            }

            var properties = new Properties(element.GetPropertyCount());
            HashSet<string>? repeated = null;
            foreach (var property in element.EnumerateObject())
            {
                var name = AllowedName(property, allowed);
                if (name is null)
                {
                    name = property.Name;
                    if (reportUnknown is null || reportUnknown(name))
                    {
                        var sameIgnoringCase = allowed.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                        Error(Join(path, name), sameIgnoringCase is null
                            ? "is not a property of " + Article(what) + " in xAPI " + XapiFormats.Describe(version)
                            : "is not a property (names are case-sensitive: \"" + sameIgnoringCase + "\")");
                    }

                    continue;
                }

                if (!properties.TryAdd(name, property.Value))
                {
                    if ((repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                    {
                        Error(Join(path, name), "appears more than once");
                    }

                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    Error(Join(path, name), "must not be null (leave the property out instead)");
                    properties.Remove(name);
                }
            }

            return properties;
        }

        private static string? AllowedName(JsonProperty property, Names allowed) => allowed.Find(property);

        private static string Article(string what) => ("AEIOUaeiou".Contains(what[0], StringComparison.Ordinal) ? "an " : "a ") + what;
    }
}
