using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Committee;

/// <summary>A meeting of the committee: its agenda, who came, and the decisions it took.</summary>
public class CommitteeMeeting : TrackedEntity, Data.IBelongsToTerritory
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public DateTime HeldAt { get; set; }
    public string? Place { get; set; }
    public List<AgendaItem> Agenda { get; set; } = [];
    public List<Attendance> Present { get; set; } = [];
    public string? Minutes { get; set; }

    public DateOnly Day => DateOnly.FromDateTime(HeldAt);

    /// <summary>
    /// The committee may vote when the share of its voting members present reaches its internal
    /// rules' quorum (a share of the voting members sitting that day).
    /// </summary>
    public bool HasQuorum(IReadOnlyCollection<CommitteeMember> members, decimal quorumShare)
    {
        var voting = members.Where(m => m.Voting && m.SitsOn(Day)).Select(m => m.Id).ToHashSet();
        if (voting.Count == 0)
        {
            return false;
        }
        var present = Present.Count(p => voting.Contains(p.MemberId));
        return present >= Math.Ceiling(voting.Count * quorumShare);
    }

    /// <summary>Who came: only members whose term covers the day.</summary>
    public void RecordAttendance(IEnumerable<int> memberIds, IReadOnlyCollection<CommitteeMember> members)
    {
        var ids = memberIds.Distinct().ToList();
        var unknown = ids.Where(id => !members.Any(m => m.Id == id && m.SitsOn(Day))).ToList();
        if (unknown.Count > 0)
        {
            throw ValidationFailedException.For("memberIds", "Seuls les membres du comité dont le mandat couvre la date de la réunion peuvent y être présents.");
        }
        Present = ids.Select(id => new Attendance { MeetingId = Id, MemberId = id }).ToList();
    }
}
