using RoleScope.Core.Domain;

namespace RoleScope.Storage.Tests;

/// <summary>Field-by-field equality of extractions (the record's lists compare by reference, not by content).</summary>
internal static class PostingAssert
{
    public static void Same(ExtractedPosting expected, ExtractedPosting? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Company, actual.Company);
        Assert.Equal(expected.Roles, actual.Roles);
        Assert.Equal(expected.WorkMode, actual.WorkMode);
        Assert.Equal(expected.Countries, actual.Countries);
        Assert.Equal(expected.Salaries, actual.Salaries);
        Assert.Equal(expected.Skills, actual.Skills);
        Assert.Equal(expected.Evidence, actual.Evidence);
    }
}
