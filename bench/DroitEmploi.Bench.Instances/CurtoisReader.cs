using System.Globalization;
using DroitEmploi.Planning;

namespace DroitEmploi.Bench.Instances;

/// <summary>
/// Reads the Curtois–Qu staff-scheduling benchmark format (shared/bench/curtois/README.md): sections
/// opened by SECTION_NAME, comma-separated records, '#' comments, LF or CRLF line endings.
/// </summary>
public static class CurtoisReader
{
    public static RosterProblem Read(string text)
    {
        int? horizon = null;
        var shifts = new List<(ShiftType Shift, int Line)>();
        var staff = new List<(string Id, Dictionary<string, int> MaxShifts, int[] Numbers, int Line)>();
        var daysOff = new Dictionary<string, HashSet<int>>();
        var requests = new List<ShiftRequest>();
        var cover = new List<CoverRequirement>();
        string? section = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (line.StartsWith("SECTION_", StringComparison.Ordinal))
            {
                section = line;
                continue;
            }
            var fields = line.Split(',').Select(f => f.Trim()).ToArray();
            switch (section)
            {
                case "SECTION_HORIZON":
                    horizon = Number(fields[0], lineNumber, "horizon");
                    if (horizon <= 0 || horizon % 7 != 0)
                    {
                        throw new CurtoisFormatException(lineNumber, $"the horizon must be a positive number of whole weeks, not {horizon}.");
                    }
                    break;
                case "SECTION_SHIFTS":
                    Expect(fields, 2, 3, lineNumber, "ShiftID, LengthMinutes, ForbiddenNext");
                    var forbidden = fields.Length > 2 ? fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
                    shifts.Add((new ShiftType(Id(fields[0], lineNumber), Number(fields[1], lineNumber, "length"), forbidden), lineNumber));
                    break;
                case "SECTION_STAFF":
                    Expect(fields, 8, 8, lineNumber, "ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends");
                    var maxShifts = new Dictionary<string, int>();
                    foreach (var pair in fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var parts = pair.Split('=');
                        if (parts.Length != 2)
                        {
                            throw new CurtoisFormatException(lineNumber, $"MaxShifts expects Shift=max pairs, not '{pair}'.");
                        }
                        maxShifts[parts[0].Trim()] = Number(parts[1], lineNumber, "MaxShifts");
                    }
                    staff.Add((Id(fields[0], lineNumber), maxShifts, fields.Skip(2).Select(f => Number(f, lineNumber, "staff limit")).ToArray(), lineNumber));
                    break;
                case "SECTION_DAYS_OFF":
                    Expect(fields, 1, int.MaxValue, lineNumber, "EmployeeID, day, day, ...");
                    var set = daysOff.TryGetValue(fields[0], out var existing) ? existing : daysOff[fields[0]] = [];
                    foreach (var day in fields.Skip(1).Where(f => f.Length > 0))
                    {
                        set.Add(Day(day, lineNumber, horizon));
                    }
                    break;
                case "SECTION_SHIFT_ON_REQUESTS" or "SECTION_SHIFT_OFF_REQUESTS":
                    Expect(fields, 4, 4, lineNumber, "EmployeeID, Day, ShiftID, Weight");
                    requests.Add(new ShiftRequest(fields[0], Day(fields[1], lineNumber, horizon), fields[2], Number(fields[3], lineNumber, "weight"),
                        On: section == "SECTION_SHIFT_ON_REQUESTS"));
                    break;
                case "SECTION_COVER":
                    Expect(fields, 5, 5, lineNumber, "Day, ShiftID, Requirement, WeightUnder, WeightOver");
                    cover.Add(new CoverRequirement(Day(fields[0], lineNumber, horizon), fields[1], Number(fields[2], lineNumber, "requirement"),
                        Number(fields[3], lineNumber, "weight under"), Number(fields[4], lineNumber, "weight over")));
                    break;
                case null:
                    throw new CurtoisFormatException(lineNumber, "data before any SECTION_ line.");
                default:
                    throw new CurtoisFormatException(lineNumber, $"unknown section {section}.");
            }
        }
        if (horizon is null)
        {
            throw new CurtoisFormatException(lineNumber, "no SECTION_HORIZON.");
        }
        if (shifts.Count == 0 || staff.Count == 0)
        {
            throw new CurtoisFormatException(lineNumber, "a file needs shifts and staff.");
        }
        var shiftIds = shifts.Select(s => s.Shift.Id).ToHashSet();
        foreach (var (shift, line) in shifts)
        {
            if (shift.ForbiddenNext.FirstOrDefault(f => !shiftIds.Contains(f)) is { } unknown)
            {
                throw new CurtoisFormatException(line, $"shift {shift.Id} names an unknown shift {unknown}.");
            }
        }
        var staffIds = staff.Select(s => s.Id).ToHashSet();
        if (requests.FirstOrDefault(r => !staffIds.Contains(r.EmployeeId) || !shiftIds.Contains(r.ShiftId)) is { } orphan)
        {
            throw new CurtoisFormatException(lineNumber, $"a request names an unknown employee or shift ({orphan.EmployeeId}, {orphan.ShiftId}).");
        }
        var employees = staff.Select(s => new RosterEmployee(
            s.Id, MinTotalMinutes: s.Numbers[1], MaxTotalMinutes: s.Numbers[0], s.MaxShifts,
            MaxConsecutiveShifts: s.Numbers[2], MinConsecutiveShifts: s.Numbers[3], MinConsecutiveDaysOff: s.Numbers[4], MaxWeekends: s.Numbers[5],
            daysOff.GetValueOrDefault(s.Id) ?? [], new HashSet<string>())).ToList();
        return new RosterProblem(horizon.Value, shifts.Select(s => s.Shift).ToList(), employees, requests, cover);
    }

    private static void Expect(string[] fields, int min, int max, int line, string shape)
    {
        if (fields.Length < min || fields.Length > max)
        {
            throw new CurtoisFormatException(line, $"expected {shape}, found {fields.Length} field(s).");
        }
    }

    private static string Id(string text, int line) =>
        text.Length > 0 ? text : throw new CurtoisFormatException(line, "an identifier is empty.");

    private static int Number(string text, int line, string what) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new CurtoisFormatException(line, $"{what} must be a whole number ≥ 0, not '{text}'.");

    private static int Day(string text, int line, int? horizon)
    {
        var day = Number(text, line, "day");
        return horizon is { } days && day >= days ? throw new CurtoisFormatException(line, $"day {day} is beyond the horizon of {days} days.") : day;
    }
}
