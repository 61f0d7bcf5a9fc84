using System.Globalization;

namespace RoleScope.Sources;

/// <summary>Reads a posting date: an ISO date, or an ISO date-time (converted to its UTC date when it states an offset).</summary>
internal static class PostedDates
{
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var s = text?.Trim();
        // Only ISO forms: "06/01/2026" means different days in different countries, so it is refused rather than guessed.
        if (s is null || s.Length < 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }
        if (s.Length == 10)
        {
            return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }
        if (s[10] is not ('T' or 't' or ' '))
        {
            return false;
        }
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return false;
        }
        date = DateOnly.FromDateTime(moment.UtcDateTime);
        return true;
    }

    public static bool TryFromUnixSeconds(long seconds, out DateOnly date)
    {
        date = default;
        if (seconds < MinUnixSeconds || seconds > MaxUnixSeconds)
        {
            return false;
        }
        date = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        return true;
    }

    // The range DateTimeOffset can represent (years 1 to 9999).
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;
}
