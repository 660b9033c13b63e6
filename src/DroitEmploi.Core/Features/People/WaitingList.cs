using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.People;

/// <summary>The page asked for, and who is first in order whatever the filters (the one to propose).</summary>
public sealed record WaitingList(PagedResult<WaitingListEntry> Entries, int TotalWaiting, WaitingListEntry? First);
