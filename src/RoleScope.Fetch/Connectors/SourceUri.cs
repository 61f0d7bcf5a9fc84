namespace RoleScope.Fetch.Connectors;

/// <summary>Joins a base URL (the public API or a mirror / test server given by --base-url) and a path.</summary>
public static class SourceUri
{
    public static Uri Parse(string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{baseUrl}' is not an http or https URL", nameof(baseUrl));
        }
        return uri;
    }

    /// <summary>The base's path is kept: "http://mirror/gh" + "v1/boards/x/jobs" is "http://mirror/gh/v1/boards/x/jobs".</summary>
    public static Uri Combine(Uri baseUri, string relative)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        return new Uri(root, relative.TrimStart('/'));
    }

    /// <summary>A path segment from a user-given name (board token, company), escaped.</summary>
    public static string Segment(string name) => Uri.EscapeDataString(name.Trim());
}
