using System.Security.Cryptography;
using System.Text;
using RoleScope.Core.Domain;
using RoleScope.Storage.Dedupe;

namespace RoleScope.Storage.Tests;

public sealed class PostingFingerprintTests
{
    // Stores keep content hashes (schema 2): the definition must never drift, or old rows stop matching their copies.
    [Theory]
    [InlineData("Backend Engineer", "Acme", "Berlin", "We build payments.")]
    [InlineData(null, null, null, "Only a description, with ünïcödé and emoji 🚀.")]
    [InlineData("Dev", "Co", null, "")]
    public void The_content_hash_is_the_first_16_bytes_of_SHA256_over_the_fields_joined_by_a_unit_separator(
        string? title, string? company, string? location, string description)
    {
        var raw = new RawPosting { Id = "1", Source = "test", Title = title, Company = company, Location = location, Description = description };
        var posting = new StoredPosting(raw, Minimal(raw.Id), "test");

        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', title ?? "", company ?? "", location ?? "", description)))[..16];

        Assert.Equal(expected, PostingFingerprint.Of(posting).ContentHash);
    }

    private static ExtractedPosting Minimal(string id) => ExtractionJson.Deserialize($$"""{"id":"{{id}}","title":null,"company":null,"roles":[],"family":"other","seniority":"unknown","work_mode":"unknown","countries":[],"salaries":[],"skills":[],"evidence":[]}""");
}
