namespace RoleScope.Fetch.Http;

/// <summary>A request or payload that failed after every retry; <see cref="Exception.Message"/> is the one-line reason.</summary>
public sealed class FetchException : Exception
{
    public FetchException(string message)
        : base(message)
    {
    }

    public FetchException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public FetchException()
    {
    }
}
