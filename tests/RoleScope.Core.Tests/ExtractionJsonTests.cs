using RoleScope.Core.Domain;

namespace RoleScope.Core.Tests;

public sealed class ExtractionJsonTests
{
    [Fact]
    public void Round_trips_every_field()
    {
        var posting = new ExtractedPosting
        {
            Id = "46467697",
            Title = "Robotics Engineer",
            Company = "9 Mothers Defense",
            Roles = [new("Robotics Engineer", RoleFamily.Embedded, Seniority.Unknown), new("Data Scientist", RoleFamily.Ml, Seniority.Senior)],
            WorkMode = WorkMode.Onsite,
            Countries = ["US"],
            Salaries = [new(150000, 180000, "USD", PayPeriod.Year, 150000, 180000), new(40, 60, "XYZ", PayPeriod.Hour, null, null)],
            Skills = ["CUDA", "Rust"],
            Evidence = [new("skills", "Rust", 412, 416)],
        };

        var json = ExtractionJson.Serialize(posting);
        var back = ExtractionJson.Deserialize(json);

        Assert.Contains("\"family\":\"embedded\"", json, StringComparison.Ordinal);
        Assert.Contains("\"work_mode\":\"onsite\"", json, StringComparison.Ordinal);
        Assert.Contains("\"annual_min_usd\":null", json, StringComparison.Ordinal);
        Assert.Equal(posting.Roles, back.Roles);
        Assert.Equal(posting.Salaries, back.Salaries);
        Assert.Equal(posting.Skills, back.Skills);
        Assert.Equal(posting.Evidence, back.Evidence);
        Assert.Equal(RoleFamily.Embedded, back.Family);
    }
}
