using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using DroitEmploi.Core.Data;
using DroitEmploi.Planning;

namespace DroitEmploi.UnitTests.Architecture;

/// <summary>The rules of DESIGN.md that a compiler does not check: each would let the code drift if nothing failed.</summary>
public partial class ArchitectureTests
{
    private static readonly Assembly Core = typeof(AppDbContext).Assembly;
    private static readonly Assembly Engine = typeof(RosterSolver).Assembly;

    [Fact]
    public void The_core_knows_nothing_of_http()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore.Http", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal) || name.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal));
        Assert.DoesNotContain(Core.GetTypes(), t => t.GetProperties().Any(p => p.PropertyType.Namespace?.StartsWith("Microsoft.AspNetCore.Http", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void The_planning_engine_knows_nothing_of_the_database()
    {
        var references = Engine.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("DroitEmploi.Core", StringComparison.Ordinal));
    }

    [Fact]
    public void No_core_service_calls_another_services_static_helpers()
    {
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SourceRoot(), "src", "DroitEmploi.Core"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match call in StaticServiceCall().Matches(lines[i]))
                {
                    offences.Add($"{Path.GetFileName(file)}:{i + 1} {call.Value}");
                }
            }
        }
        Assert.True(offences.Count == 0, "Rules reached through another service's statics (move them to the entity or to Features/Access):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void Every_text_of_every_input_has_a_stated_length()
    {
        var inputs = Core.GetTypes()
            .Where(t => t.IsClass && (t.Name.EndsWith("Input", StringComparison.Ordinal) || t.Name.EndsWith("Inputs", StringComparison.Ordinal)) && !t.IsAbstract)
            .ToList();
        Assert.NotEmpty(inputs);
        var unbounded = inputs.SelectMany(t => t.GetProperties()
                .Where(p => p.PropertyType == typeof(string) || typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType != typeof(string))
                .Where(p => p.GetCustomAttribute<StringLengthAttribute>() is null && p.GetCustomAttribute<MaxLengthAttribute>() is null
                    && p.GetCustomAttribute<RegularExpressionAttribute>() is null)
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        Assert.True(unbounded.Count == 0, "Texts and lists without a length limit:\n" + string.Join("\n", unbounded));
    }

    private static string SourceRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DroitEmploi.slnx")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("The repository's root (DroitEmploi.slnx) was not found.");
    }

    [GeneratedRegex(@"\b[A-Z][A-Za-z]+Service\.[A-Z][A-Za-z]+\(")]
    private static partial Regex StaticServiceCall();
}
