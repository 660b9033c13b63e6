namespace DroitEmploi.Core.Features.Committee;

public class AgendaItem
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int Position { get; set; }
    public AgendaKind Kind { get; set; }

    /// <summary>The activity, objection or proposal the item is about.</summary>
    public int? SubjectId { get; set; }
    public string Title { get; set; } = "";
}
