// The web app and JSON API. See the README's "Web app" section.
