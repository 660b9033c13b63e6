using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Planning;

public sealed class AssignmentsInput
{
    [MaxLength(5000, ErrorMessage = "Trop d'affectations.")]
    public List<AssignmentView> Assignments { get; set; } = [];

    public int Version { get; set; }
}
