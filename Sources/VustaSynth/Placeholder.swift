enum SynthPlaceholder {}
