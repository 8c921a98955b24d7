"""The plugin keeps the provider contract: the kit's pytest fixture needs no set-up."""

from commons_oidc_example.contract import OidcScenario

from commons.plugin_kit import CheckResult


def test_the_oidc_provider_keeps_the_contract(provider_contract) -> None:  # type: ignore[no-untyped-def]
    results: list[CheckResult] = provider_contract(OidcScenario())

    assert all(result.passed for result in results)
