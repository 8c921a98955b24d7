"""What Commons offers code outside the core: the plugin API and the plugin kit."""
