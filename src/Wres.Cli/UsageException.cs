namespace Wres.Cli;

/// <summary>The command line cannot be carried out as given; the message is one readable line.</summary>
internal sealed class UsageException(string message) : Exception(message);
