using DroitEmploi.Bench.Instances;

namespace DroitEmploi.UnitTests.Bench;

public class CurtoisReaderTests
{
    [Fact]
    public void Instance_1_is_read_whole()
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(1)));
        Assert.Equal((14, 1, 8), (problem.Days, problem.Shifts.Count, problem.Employees.Count));
        var a = problem.Employees[0];
        Assert.Equal(("A", 3360, 4320, 5, 2, 2, 1), (a.Id, a.MinTotalMinutes, a.MaxTotalMinutes, a.MaxConsecutiveShifts, a.MinConsecutiveShifts, a.MinConsecutiveDaysOff, a.MaxWeekends));
        Assert.Contains(0, a.DaysOff);
        Assert.Equal(14, problem.Cover.Count);
        Assert.Equal(21 + 5, problem.Requests.Count);
    }

    [Fact]
    public void Crlf_line_endings_are_accepted()
    {
        var text = File.ReadAllText(CurtoisFiles.Path(2)).Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(14, CurtoisReader.Read(text).Days);
    }

    [Theory]
    [InlineData("SECTION_HORIZON\n10\n", 2, "whole weeks")]
    [InlineData("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,abc,\n", 4, "length")]
    [InlineData("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=7,100,0,5\n", 6, "found 5 field")]
    [InlineData("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D:7,100,0,5,1,1,1\n", 6, "Shift=max")]
    [InlineData("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\nSECTION_STAFF\nA,D=7,100,0,5,1,1,1\nSECTION_COVER\n9,D,1,100,1\n", 8, "beyond the horizon")]
    [InlineData("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,X\nSECTION_STAFF\nA,D=7,100,0,5,1,1,1\n", 4, "unknown shift X")]
    [InlineData("10\n", 1, "before any SECTION_")]
    [InlineData("SECTION_WHATEVER\n1\n", 2, "unknown section")]
    public void Malformed_files_are_rejected_with_the_line(string text, int line, string reason)
    {
        var error = Assert.Throws<CurtoisFormatException>(() => CurtoisReader.Read(text));
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The benchmark instances in shared/bench/curtois, beside the repository.</summary>
internal static class CurtoisFiles
{
    public static string Path(int instance)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "shared", "bench", "curtois", $"Instance{instance}.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"Instance{instance}.txt was not found in shared/bench/curtois beside the repository.");
    }
}
