using Microsoft.Extensions.Options;
using Wres.Core.Validation;

namespace Wres.Core.DependencyInjection;

/// <summary>Runs <see cref="WresOptionsValidator"/> for the options system, so invalid options fail as <see cref="OptionsValidationException"/>.</summary>
internal sealed class WresOptionsValidation : IValidateOptions<WresOptions>
{
    private readonly WresOptionsValidator _validator = new();

    public ValidateOptionsResult Validate(string? name, WresOptions options)
    {
        var result = _validator.Validate(options);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
    }
}
