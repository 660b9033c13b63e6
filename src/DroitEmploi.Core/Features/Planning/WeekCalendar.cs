using System.Globalization;
using System.Text;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>A published week as iCalendar (RFC 5545), for a phone's calendar.</summary>
public static class WeekCalendar
{
    /// <summary>The person's published week as iCalendar (RFC 5545), for their phone's calendar.</summary>
    public static string Write(PersonWeek week, string organisationName)
    {
        var text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//DroitEmploi//Planning//FR\r\nCALSCALE:GREGORIAN\r\n");
        foreach (var shift in week.Shifts)
        {
            // A slot created before its start was asked: the morning, as most EBE days begin.
            var start = shift.Date.ToDateTime(shift.Start ?? new TimeOnly(9, 0));
            text.Append(CultureInfo.InvariantCulture, $"BEGIN:VEVENT\r\nUID:{week.ContractId}-{shift.Date:yyyyMMdd}@droitemploi\r\n")
                .Append(CultureInfo.InvariantCulture, $"DTSTAMP:{start:yyyyMMdd'T'HHmmss}\r\nDTSTART:{start:yyyyMMdd'T'HHmmss}\r\nDTEND:{start.AddMinutes(shift.Minutes):yyyyMMdd'T'HHmmss}\r\n")
                .Append(CultureInfo.InvariantCulture, $"SUMMARY:{Escape(shift.Slot)}\r\nLOCATION:{Escape(organisationName)}\r\nEND:VEVENT\r\n");
        }
        return text.Append("END:VCALENDAR\r\n").ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal);
}
