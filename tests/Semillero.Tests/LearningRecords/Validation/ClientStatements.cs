namespace Semillero.Tests.LearningRecords.Validation;

// Statements written for these tests in the shapes real learning platforms send (an LMS plugin, a
// MOOC event router, cmi5 content, the ADL wrapper's statement bank, the specification's examples).
// All are valid xAPI 1.0.3 and 2.0 except where the name says 2.0.
internal static class ClientStatements
{
    // The least a statement can be.
    public const string Minimal = """
        {
          "actor": { "mbox": "mailto:ana.perez@example.mx" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/experienced" },
          "object": { "id": "https://aprende.example.org/cursos/nube-101" }
        }
        """;

    // An LMS plugin: account actor with a name, profile verb, typed activity, several parents, a
    // category for the site, one nested info extension, platform/language/registration, no id.
    public const string LmsQuizAttempt = """
        {
          "actor": {
            "name": "Ana Pérez",
            "account": { "homePage": "https://campus.example.mx", "name": "4127" }
          },
          "verb": {
            "id": "https://xapi.edlm/profiles/edlm-lms/concepts/verbs/submitted",
            "display": { "en": "Submitted", "es-MX": "Entregó" }
          },
          "object": {
            "id": "https://campus.example.mx/mod/quiz/attempt.php?attempt=17&cmid=9",
            "definition": {
              "name": { "en": "Cloud fundamentals quiz, attempt 2" },
              "type": "http://adlnet.gov/expapi/activities/attempt"
            },
            "objectType": "Activity"
          },
          "context": {
            "registration": "3f2b6c1e-8d4a-5b7c-9e0f-1a2b3c4d5e6f",
            "platform": "Campus LMS",
            "language": "es",
            "contextActivities": {
              "category": [
                {
                  "id": "https://campus.example.mx",
                  "definition": { "name": { "en": "Campus" }, "type": "http://id.tincanapi.com/activitytype/lms" },
                  "objectType": "Activity"
                }
              ],
              "parent": [
                {
                  "id": "https://campus.example.mx/mod/quiz/view.php?id=9",
                  "definition": { "name": { "en": "Cloud fundamentals quiz" }, "type": "http://adlnet.gov/expapi/activities/assessment" },
                  "objectType": "Activity"
                },
                {
                  "id": "https://campus.example.mx/course/view.php?id=3",
                  "definition": { "name": { "en": "Cloud 101" }, "type": "https://w3id.org/xapi/cmi5/activitytype/course" },
                  "objectType": "Activity"
                }
              ]
            },
            "extensions": {
              "http://lrs.example.net/define/extensions/info": {
                "event_name": "\\mod_quiz\\event\\attempt_submitted",
                "https://campus.example.mx": "4.3.1",
                "score_details": null
              }
            }
          },
          "result": {
            "score": { "raw": 7.5, "min": 0, "max": 10, "scaled": 0.75 },
            "completion": true,
            "success": true,
            "duration": "PT12M4S"
          },
          "timestamp": "2026-03-10T14:31:41.000Z"
        }
        """;

    // A MOOC event router: UUIDv5 id, anonymous account actor, multiple-choice interaction with
    // choices and a correct-responses pattern, the learner's response, microseconds and a +00:00
    // offset, version 1.0.3.
    public const string MoocProblemCheck = """
        {
          "id": "6f1c2b3a-4d5e-5f60-8a7b-9c0d1e2f3a4b",
          "actor": {
            "objectType": "Agent",
            "account": { "homePage": "https://mooc.example.org", "name": "0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f" }
          },
          "verb": { "id": "https://w3id.org/xapi/acrossx/verbs/evaluated", "display": { "en": "evaluated" } },
          "object": {
            "id": "https://mooc.example.org/xblock/block-v1:Semillero+IA101+2026+type@problem+block@5e1d",
            "objectType": "Activity",
            "definition": {
              "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
              "interactionType": "choice",
              "name": { "en-US": "Which service stores objects?" },
              "choices": [
                { "id": "choice_0", "description": { "en-US": "Object storage" } },
                { "id": "choice_1", "description": { "en-US": "Block storage" } },
                { "id": "choice_2", "description": { "en-US": "A message queue" } }
              ],
              "correctResponsesPattern": [ "choice_0" ]
            }
          },
          "result": {
            "success": true,
            "response": "choice_0",
            "score": { "scaled": 1, "raw": 1, "min": 0, "max": 1 }
          },
          "context": {
            "contextActivities": {
              "parent": [
                {
                  "id": "https://mooc.example.org/course/course-v1:Semillero+IA101+2026",
                  "objectType": "Activity",
                  "definition": { "name": { "en-US": "AI for everyone" }, "type": "http://adlnet.gov/expapi/activities/course" }
                }
              ]
            },
            "extensions": {
              "https://w3id.org/xapi/openedx/extension/transformer-version": "event-routing-backends@9.0.0",
              "https://w3id.org/xapi/openedx/extensions/session-id": "9a8b7c6d5e4f"
            }
          },
          "timestamp": "2026-04-02T09:12:33.580443+00:00",
          "version": "1.0.3"
        }
        """;

    // A video profile statement: result extensions with a time, context extensions with the length,
    // a fractional duration.
    public const string MoocVideoPaused = """
        {
          "id": "0d4f1e2a-3b4c-5d6e-8f70-8192a3b4c5d6",
          "actor": { "objectType": "Agent", "account": { "homePage": "https://mooc.example.org", "name": "learner-88" } },
          "verb": { "id": "https://w3id.org/xapi/video/verbs/paused", "display": { "en-US": "paused" } },
          "object": {
            "id": "https://mooc.example.org/xblock/block-v1:Semillero+IA101+2026+type@video+block@0b9c",
            "objectType": "Activity",
            "definition": { "type": "https://w3id.org/xapi/video/activity-type/video", "name": { "en-US": "What is a neural network?" } }
          },
          "result": {
            "duration": "PT12.1S",
            "extensions": { "https://w3id.org/xapi/video/extensions/time": 131.5 }
          },
          "context": {
            "contextActivities": {
              "parent": [ { "id": "https://mooc.example.org/course/course-v1:Semillero+IA101+2026", "objectType": "Activity" } ]
            },
            "extensions": {
              "https://w3id.org/xapi/video/extensions/length": 642.0,
              "https://w3id.org/xapi/video/extensions/session-id": "e3b0c442"
            }
          },
          "timestamp": "2026-04-02T09:15:01.113000+00:00",
          "version": "1.0.3"
        }
        """;

    // cmi5 content: the "passed" statement with the cmi5 category, session extensions, a scaled
    // score, success, and a duration with a leading zero.
    public const string Cmi5Passed = """
        {
          "id": "a3b2c1d0-e9f8-4a7b-8c6d-5e4f3a2b1c0d",
          "actor": {
            "objectType": "Agent",
            "name": "Luis Hernández",
            "account": { "homePage": "https://lms.example.mx/", "name": "luis.hernandez" }
          },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/passed", "display": { "en-US": "passed" } },
          "object": {
            "objectType": "Activity",
            "id": "https://lms.example.mx/cmi5/au/ml-basics-final",
            "definition": {
              "name": { "en-US": "Machine learning basics: final assessment" },
              "description": { "en-US": "Ten questions on supervised and\n unsupervised learning." }
            }
          },
          "result": {
            "score": { "scaled": 0.8 },
            "success": true,
            "duration": "PT03M15S"
          },
          "context": {
            "registration": "e168d6a3-46b2-4233-82e7-66b73a179727",
            "contextActivities": {
              "grouping": [ { "objectType": "Activity", "id": "https://courses.example.edu/identifiers/ml-basics/aus/final" } ],
              "category": [
                { "objectType": "Activity", "id": "https://w3id.org/xapi/cmi5/context/categories/moveon" },
                { "objectType": "Activity", "id": "https://w3id.org/xapi/cmi5/context/categories/cmi5" }
              ]
            },
            "extensions": {
              "https://w3id.org/xapi/cmi5/context/extensions/sessionid": "b2c1d0e9-f8a7-4b6c-9d5e-4f3a2b1c0d9e",
              "https://w3id.org/xapi/cmi5/context/extensions/masteryscore": 0.7
            }
          },
          "timestamp": "2026-05-20T16:02:11.907Z"
        }
        """;

    // cmi5 as an LRS hands it back: stored, authority and version present.
    public const string Cmi5AsReturned = """
        {
          "id": "5d1e9a7b-3c2f-4e8d-a6b0-9f1c2d3e4a5b",
          "actor": { "objectType": "Agent", "account": { "homePage": "https://lms.example.mx/", "name": "luis.hernandez" } },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/terminated", "display": { "en-US": "terminated" } },
          "object": { "objectType": "Activity", "id": "https://lms.example.mx/cmi5/au/ml-basics-final" },
          "result": { "duration": "PT0H0M4S" },
          "context": {
            "registration": "e168d6a3-46b2-4233-82e7-66b73a179727",
            "contextActivities": { "category": [ { "id": "https://w3id.org/xapi/cmi5/context/categories/cmi5" } ] },
            "extensions": { "https://w3id.org/xapi/cmi5/context/extensions/sessionid": "b2c1d0e9-f8a7-4b6c-9d5e-4f3a2b1c0d9e" }
          },
          "timestamp": "2026-05-20T16:05:40.021Z",
          "stored": "2026-05-20T16:05:40.118Z",
          "authority": { "objectType": "Agent", "name": "lms", "account": { "homePage": "https://lrs.example.mx", "name": "lms-key-1" } },
          "version": "1.0.0"
        }
        """;

    // The wrapper's statement bank: an anonymous Group actor, version 1.0.1, stored and authority.
    public const string AnonymousGroupActor = """
        {
          "id": "8c2d6e1f-4a3b-4c5d-9e6f-7a8b9c0d1e2f",
          "actor": {
            "objectType": "Group",
            "member": [
              { "objectType": "Agent", "name": "Ana Pérez", "mbox": "mailto:ana.perez@example.mx" },
              { "objectType": "Agent", "name": "Jorge Ruiz", "openid": "https://jorge.openid.example.org" }
            ]
          },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/completed", "display": { "en-US": "completed" } },
          "object": {
            "objectType": "Activity",
            "id": "https://aprende.example.org/retos/equipo-datos",
            "definition": { "name": { "en-US": "Team data challenge" }, "description": { "en-US": "A two-person challenge" } }
          },
          "version": "1.0.1",
          "timestamp": "2026-01-27T19:12:45.427205+00:00",
          "stored": "2026-01-27T19:12:45.427205+00:00",
          "authority": { "objectType": "Agent", "name": "tools", "mbox": "mailto:tools@example.org" }
        }
        """;

    // An identified Group actor (mbox) with a partial member list.
    public const string IdentifiedGroupActor = """
        {
          "actor": {
            "objectType": "Group",
            "name": "Equipo Norte",
            "mbox": "mailto:equipo.norte@example.mx",
            "member": [ { "name": "Ana Pérez", "mbox_sha1sum": "ebd31e95054c018b10727ccffd2ef2ec3a016ee9" } ]
          },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/attended", "display": { "es": "asistió" } },
          "object": { "id": "https://aprende.example.org/eventos/hackaton-2026" }
        }
        """;

    // Agents identified by openid and by an account-identified Group; the object an Agent.
    public const string AgentObject = """
        {
          "actor": { "objectType": "Agent", "openid": "https://mentor.openid.example.org/marta" },
          "verb": { "id": "http://id.tincanapi.com/verb/mentored", "display": { "en-US": "mentored" } },
          "object": { "objectType": "Agent", "name": "Ana Pérez", "mbox": "mailto:ana.perez@example.mx" }
        }
        """;

    public const string GroupObject = """
        {
          "actor": { "mbox_sha1sum": "cd9b00a5611f94eaa7b1661edab976068e364975" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/interacted" },
          "object": {
            "objectType": "Group",
            "account": { "homePage": "https://campus.example.mx", "name": "grupo-7B" },
            "member": [ { "mbox": "mailto:ana.perez@example.mx" }, { "account": { "homePage": "https://campus.example.mx", "name": "88" } } ]
          }
        }
        """;

    // A comment on an earlier statement.
    public const string StatementRefObject = """
        {
          "actor": { "objectType": "Agent", "mbox": "mailto:instructora@example.mx" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/commented", "display": { "en-US": "commented" } },
          "object": { "objectType": "StatementRef", "id": "8F87CCDE-BB56-4C2E-AB83-44982EF22DF0" },
          "result": { "response": "¡Muy buen trabajo!" }
        }
        """;

    public const string Voiding = """
        {
          "actor": { "objectType": "Agent", "name": "Operador", "mbox": "mailto:operador@example.mx" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/voided", "display": { "en-US": "voided" } },
          "object": { "objectType": "StatementRef", "id": "e05aa883-acaf-40ad-bf54-02c8ce485fb0" }
        }
        """;

    // A SubStatement (planned to visit) with its own context, result and a future timestamp.
    public const string SubStatementObject = """
        {
          "actor": { "objectType": "Agent", "mbox": "mailto:ana.perez@example.mx" },
          "verb": { "id": "http://example.com/planned", "display": { "en-US": "planned" } },
          "object": {
            "objectType": "SubStatement",
            "actor": { "objectType": "Agent", "mbox": "mailto:ana.perez@example.mx" },
            "verb": { "id": "http://adlnet.gov/expapi/verbs/attended", "display": { "en-US": "attended" } },
            "object": { "objectType": "Activity", "id": "https://aprende.example.org/talleres/kubernetes" },
            "context": { "platform": "Talleres presenciales", "contextActivities": { "parent": { "id": "https://aprende.example.org/talleres" } } },
            "result": { "completion": false },
            "timestamp": "2099-01-01T10:00:00Z"
          }
        }
        """;

    // A SubStatement whose object is a StatementRef.
    public const string SubStatementWithStatementRef = """
        {
          "actor": { "objectType": "Agent", "mbox": "mailto:tutor@example.mx" },
          "verb": { "id": "http://id.tincanapi.com/verb/promised", "display": { "en-US": "promised" } },
          "object": {
            "objectType": "SubStatement",
            "actor": { "objectType": "Agent", "mbox": "mailto:tutor@example.mx" },
            "verb": { "id": "http://adlnet.gov/expapi/verbs/commented" },
            "object": { "objectType": "StatementRef", "id": "9e13cefd-53d3-4eac-b5ed-2cf6693903bb" }
          }
        }
        """;

    // Everything at once, after the specification's long example: team, instructor, all four kinds
    // of context activity (one given as a single object), revision, platform, language, a context
    // StatementRef, extensions everywhere, an attachment with a fileUrl, and a 3-legged OAuth authority.
    public const string LongExample = """
        {
          "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
          "actor": {
            "name": "Equipo PB",
            "mbox": "mailto:equipopb@example.mx",
            "member": [
              { "name": "Ana Pérez", "account": { "homePage": "http://www.example.com", "name": "13936749" }, "objectType": "Agent" },
              { "name": "Jorge Ruiz", "openid": "http://jorge.openid.example.org/", "objectType": "Agent" },
              { "name": "Elena Hills", "mbox_sha1sum": "EBD31E95054C018B10727CCFFD2EF2EC3A016EE9", "objectType": "Agent" }
            ],
            "objectType": "Group"
          },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/attended", "display": { "en-GB": "attended", "en-US": "attended", "zh-Hans-CN": "出席了" } },
          "result": {
            "extensions": { "http://example.com/profiles/meetings/resultextensions/minuteslocation": "X:\\meetings\\minutes\\examplemeeting.one" },
            "success": true,
            "completion": true,
            "response": "We agreed on some example actions.",
            "duration": "PT1H0M0S"
          },
          "context": {
            "registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
            "contextActivities": {
              "parent": [ { "id": "http://www.example.com/meetings/series/267", "objectType": "Activity" } ],
              "category": [
                {
                  "id": "http://www.example.com/meetings/categories/teammeeting",
                  "objectType": "Activity",
                  "definition": {
                    "name": { "en": "team meeting" },
                    "description": { "en": "A category of meeting used for regular team meetings." },
                    "type": "http://example.com/expapi/activities/meetingcategory"
                  }
                }
              ],
              "grouping": { "id": "http://www.example.com/programs/cloud-2026" },
              "other": [ { "id": "http://www.example.com/meetings/occurances/34257" }, { "id": "http://www.example.com/meetings/occurances/3425567" } ]
            },
            "instructor": { "name": "Andrés Díaz", "account": { "homePage": "http://www.example.com", "name": "13936749" }, "objectType": "Agent" },
            "team": { "name": "Equipo PB", "mbox": "mailto:equipopb@example.mx", "objectType": "Group" },
            "platform": "Example virtual meeting software",
            "language": "tlh",
            "revision": "r2",
            "statement": { "objectType": "StatementRef", "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee" },
            "extensions": { "http://example.com/profiles/meetings/contextextensions/airspeed": "600mph", "http://example.com/ext/flag": true }
          },
          "timestamp": "2013-05-18T05:32:34.804+00:00",
          "stored": "2013-05-18T05:32:34.804+00:00",
          "authority": {
            "objectType": "Group",
            "member": [
              { "account": { "homePage": "http://example.com/xAPI/OAuth/Token", "name": "oauth_consumer_x75db" } },
              { "mbox": "mailto:bob@example.com" }
            ]
          },
          "version": "1.0.0",
          "object": {
            "id": "http://www.example.com/meetings/occurances/34534",
            "definition": {
              "extensions": { "http://example.com/profiles/meetings/activitydefinitionextensions/room": { "name": "Kilby", "id": "http://example.com/rooms/342" } },
              "name": { "en-GB": "example meeting", "en-US": "example meeting" },
              "description": { "en-GB": "An example meeting that happened on a specific occasion with certain people present." },
              "type": "http://adlnet.gov/expapi/activities/meeting",
              "moreInfo": "http://virtualmeeting.example.com/345256"
            },
            "objectType": "Activity"
          },
          "attachments": [
            {
              "usageType": "http://id.tincanapi.com/attachment/supporting_media",
              "display": { "en-US": "Minutes" },
              "description": { "es-419": "Minuta de la reunión" },
              "contentType": "text/plain; charset=utf-8",
              "length": 27,
              "sha2": "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a",
              "fileUrl": "https://files.example.mx/minutes/34534.txt"
            }
          ]
        }
        """;

    // One activity per interaction type, with the component lists that type supports.
    public static string Interaction(string interactionType, string extraDefinition) => """
        {
          "actor": { "mbox": "mailto:ana.perez@example.mx" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/answered", "display": { "en-US": "answered" } },
          "object": {
            "id": "https://aprende.example.org/preguntas/TYPE",
            "definition": {
              "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
              "interactionType": "TYPE"EXTRA
            }
          }
        }
        """.Replace("TYPE", interactionType, StringComparison.Ordinal).Replace("EXTRA", extraDefinition, StringComparison.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> Interactions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["true-false"] = Interaction("true-false", """, "correctResponsesPattern": ["true"]"""),
        ["fill-in"] = Interaction("fill-in", """, "correctResponsesPattern": ["{case_matters=false}{lang=es}nube"]"""),
        ["long-fill-in"] = Interaction("long-fill-in", """, "correctResponsesPattern": ["{lang=en}Cloud computing delivers computing over the internet."]"""),
        ["choice"] = Interaction("choice", """, "correctResponsesPattern": ["golf[,]tetris"], "choices": [{"id": "golf", "description": {"en-US": "Golf"}}, {"id": "tetris"}]"""),
        ["sequencing"] = Interaction("sequencing", """, "correctResponsesPattern": ["a[,]b"], "choices": [{"id": "a"}, {"id": "b"}]"""),
        ["likert"] = Interaction("likert", """, "correctResponsesPattern": ["l3"], "scale": [{"id": "l1", "description": {"sr-Latn-RS": "Loše"}}, {"id": "l3"}]"""),
        ["matching"] = Interaction("matching", """, "correctResponsesPattern": ["ben[.]3[,]chris[.]2"], "source": [{"id": "ben"}, {"id": "chris"}], "target": [{"id": "2"}, {"id": "3"}]"""),
        ["performance"] = Interaction("performance", """, "correctResponsesPattern": ["pong[.]1:[,]dg[.]:10"], "steps": [{"id": "pong", "description": {"en-US": "Net pong"}}, {"id": "dg"}]"""),
        ["numeric"] = Interaction("numeric", """, "correctResponsesPattern": ["4[:]"]"""),
        ["other"] = Interaction("other", """, "correctResponsesPattern": ["(35.937432,-86.868896)"]"""),
        ["other, empty pattern"] = Interaction("other", """, "correctResponsesPattern": []"""),
    };

    // xAPI 2.0 only: contextAgents and contextGroups.
    public const string ContextAgentsAndGroups2_0 = """
        {
          "actor": { "objectType": "Agent", "mbox": "mailto:jugador-1@example.mx" },
          "verb": { "id": "http://adlnet.gov/expapi/verbs/completed" },
          "object": { "id": "https://aprende.example.org/partidas/final" },
          "context": {
            "contextAgents": [
              {
                "objectType": "contextAgent",
                "agent": { "objectType": "Agent", "mbox": "mailto:entrenadora@example.mx" },
                "relevantTypes": [ "https://example.mx/xapi/activity-types/coach" ]
              },
              { "objectType": "contextAgent", "agent": { "account": { "homePage": "https://campus.example.mx", "name": "12" } } }
            ],
            "contextGroups": [
              {
                "objectType": "contextGroup",
                "group": {
                  "objectType": "Group",
                  "mbox": "mailto:equipo-1@example.mx",
                  "member": [ { "objectType": "Agent", "mbox": "mailto:jugador-1@example.mx" } ]
                },
                "relevantTypes": [ "https://example.mx/xapi/activity-types/team" ]
              }
            ]
          },
          "timestamp": "2026-05-04T12:00:00-05:00",
          "version": "2.0.0"
        }
        """;

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(Minimal)] = Minimal,
        [nameof(LmsQuizAttempt)] = LmsQuizAttempt,
        [nameof(MoocProblemCheck)] = MoocProblemCheck,
        [nameof(MoocVideoPaused)] = MoocVideoPaused,
        [nameof(Cmi5Passed)] = Cmi5Passed,
        [nameof(Cmi5AsReturned)] = Cmi5AsReturned,
        [nameof(AnonymousGroupActor)] = AnonymousGroupActor,
        [nameof(IdentifiedGroupActor)] = IdentifiedGroupActor,
        [nameof(AgentObject)] = AgentObject,
        [nameof(GroupObject)] = GroupObject,
        [nameof(StatementRefObject)] = StatementRefObject,
        [nameof(Voiding)] = Voiding,
        [nameof(SubStatementObject)] = SubStatementObject,
        [nameof(SubStatementWithStatementRef)] = SubStatementWithStatementRef,
        [nameof(LongExample)] = LongExample,
    };
}
