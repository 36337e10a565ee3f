// Connectors to the official sources. See the README's "Live sources" section.
