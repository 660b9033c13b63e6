namespace DroitEmploi.Core.Features.Employment;

public class EmployeeSkill
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public string Skill { get; set; } = "";
    public SkillLevel Level { get; set; }
}
