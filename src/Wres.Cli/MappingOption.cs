using Wres.Core;
using Wres.Core.Mapping;

namespace Wres.Cli;

/// <summary>
/// <c>--mapping FILE</c>: a trust's own names for columns and values, read once and checked before any input is read.
/// A file that cannot be read, is not a mapping, or maps to a value the contract does not know is a usage error naming
/// the file and the problem (exit 2).
/// </summary>
internal static class MappingOption
{
    /// <summary>A calculator with the mapping in its options; the defaults without one.</summary>
    public static WresCalculator Calculator(string? path)
    {
        if (path is null)
        {
            return new WresCalculator();
        }

        InputMapping mapping;
        try
        {
            using var stream = File.OpenRead(path);
            mapping = MappingFile.Load(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"--mapping: the file {path} does not exist.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"--mapping {path}: the file cannot be opened (is it a folder, or not readable?).");
        }
        catch (FormatException e)
        {
            throw new UsageException($"--mapping {path}: {e.Message}");
        }

        if (!ValueMap.TryCreate(mapping.Values, null, out _, out var problems))
        {
            throw new UsageException($"--mapping {path}: {string.Join(" ", problems)}");
        }

        var options = new WresOptions();
        options.Mapping.Add(mapping);
        try
        {
            return new WresCalculator(options);
        }
        catch (FluentValidation.ValidationException e)
        {
            throw new UsageException($"--mapping {path}: {string.Join(" ", e.Errors.Select(f => f.ErrorMessage))}");
        }
    }
}
