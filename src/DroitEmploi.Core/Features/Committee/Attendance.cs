namespace DroitEmploi.Core.Features.Committee;

public class Attendance
{
    public int MeetingId { get; set; }
    public int MemberId { get; set; }
}
