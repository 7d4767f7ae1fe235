using Semillero.Access;
using Semillero.Organizations;

namespace Semillero.Web.Organizations;

// The people table (Organizations/_Miembros.cshtml): Me marks the reader's own row; CanManage adds
// the role and removal forms, which post to /organizacion/miembros.
public sealed record MembersTableView(IReadOnlyList<MemberView> Members, Guid? Me, bool CanManage);

// The keys table (Organizations/_Llaves.cshtml): CanRevoke adds the revocation forms, which post to
// /organizacion/llaves.
public sealed record KeysTableView(IReadOnlyList<ApiKeyView> Keys, bool CanRevoke);
