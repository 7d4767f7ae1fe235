namespace Semillero.Web.LearningRecords;

// The xAPI document resources (State, Activity Profile, Agent Profile) and the Activities and Agents
// resources, under /xapi.
public static class XapiDocumentEndpoints
{
    public static void MapXapiDocuments(this RouteGroupBuilder xapi)
    {
        _ = xapi;
    }
}
