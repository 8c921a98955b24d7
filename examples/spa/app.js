// The Commons reference page: plain JavaScript, no build step, no framework.
// Every call is a JSON POST to /graphql with the session cookie (credentials: "include").
"use strict";

const API = (new URLSearchParams(location.search).get("api") || "http://127.0.0.1:8000")
  .replace(/\/$/, "");
const $ = (id) => document.getElementById(id);
let mfaTicket = null;

class ApiError extends Error {
  constructor(code, message, details) {
    super(message);
    this.code = code;
    this.details = details || {};
  }
}

function say(text, isError = false) {
  const status = $("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch(`${API}/graphql`, {
      method: "POST",
      credentials: "include", // send the session cookie, and accept the one the API sets
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    // The browser hides why; a refused CORS preflight is the usual cause.
    throw new ApiError(
      "NETWORK",
      `The API at ${API} did not answer this page's origin (${location.origin}). ` +
        "Is the origin in CORS_ALLOWED_ORIGINS? See docs/frontend.md.",
    );
  }
  const body = await response.json().catch(() => ({}));
  if (body.errors && body.errors.length) {
    const first = body.errors[0];
    const code = (first.extensions && first.extensions.code) || `HTTP_${response.status}`;
    throw new ApiError(code, first.message, first.extensions);
  }
  return body.data;
}

// Expected failures come as userErrors: one message per entry, with the wait when limited.
function checked(payload) {
  const errors = payload.userErrors || [];
  if (errors.length) {
    const text = errors
      .map((e) => e.code === "RATE_LIMITED" && e.retryAfterSeconds
        ? `${e.message} (wait ${e.retryAfterSeconds} s)` : `${e.message} [${e.code}]`)
      .join(" ");
    throw new ApiError(errors[0].code, text, errors[0]);
  }
  return payload;
}

function run(handler) {
  return async (event) => {
    if (event) event.preventDefault();
    try {
      await handler();
    } catch (error) {
      say(error.code ? `${error.message}` : String(error), true);
    }
  };
}

const USER_ERRORS = "userErrors { field message code retryAfterSeconds }";

const ME = `{ me { username email profile { nickname }
  consents { purpose granted } bulletins { title body } } }`;

async function refreshMe(afterSignIn = false) {
  const { me } = await graphql(ME);
  $("signed-in").hidden = !me;
  $("signed-out").hidden = !!me;
  if (!me) {
    if (afterSignIn) {
      // Signed in, yet the next request carries no cookie: the browser dropped it.
      say("Signed in, but the browser did not keep the session cookie: this page and the " +
        "API are on different sites (localhost vs 127.0.0.1?). See docs/frontend.md.", true);
    }
    return null;
  }
  $("me-username").textContent = me.username;
  $("me-email").textContent = me.email || "none";
  $("me-nickname").textContent = (me.profile && me.profile.nickname) || "none";
  const mail = me.consents.find((c) => c.purpose === "MAIL_SUBSCRIPTION");
  $("consent-mail").textContent = mail && mail.granted ? "granted" : "not granted";
  $("bulletins").textContent = me.bulletins.map((b) => `${b.title}: ${b.body}`).join(" ");
  return me;
}

async function afterOutcome(payload) {
  switch (payload.outcome) {
    case "SIGNED_IN":
      mfaTicket = null;
      $("mfa-form").hidden = true;
      if (await refreshMe(true)) say(`Welcome, ${$("me-username").textContent}.`);
      return;
    case "MFA_REQUIRED":
      mfaTicket = payload.mfaTicket;
      $("mfa-form").hidden = false;
      say("Enter the code from your authenticator app.");
      return;
    case "AWAITING_GUARDIAN":
      say("Your account waits for your guardian's consent; we wrote to them.");
      return;
    default:
      checked(payload);
      say("That did not work.", true);
  }
}

$("send-code-form").addEventListener("submit", run(async () => {
  const { sendVerificationCode } = await graphql(
    `mutation Send($input: SendVerificationCodeInput!) {
       sendVerificationCode(input: $input) { sent ${USER_ERRORS} } }`,
    { input: { channel: "EMAIL", target: $("signup-email").value, purpose: "SIGN_UP" } },
  );
  checked(sendVerificationCode);
  say("A code is on its way to your mailbox.");
}));

$("signup-form").addEventListener("submit", run(async () => {
  const { signUp } = await graphql(
    `mutation SignUp($input: SignUpInput!) {
       signUp(input: $input) { outcome ${USER_ERRORS} } }`,
    { input: {
      username: $("signup-username").value,
      email: $("signup-email").value,
      password: $("signup-password").value,
      verificationCode: $("signup-code").value,
      dateOfBirth: $("signup-dob").value,
    } },
  );
  await afterOutcome(signUp);
}));

$("login-form").addEventListener("submit", run(async () => {
  const { logIn } = await graphql(
    `mutation LogIn($input: LogInInput!) {
       logIn(input: $input) { outcome mfaTicket ${USER_ERRORS} } }`,
    { input: { password: {
      identifier: $("login-identifier").value, password: $("login-password").value,
    } } },
  );
  await afterOutcome(logIn);
}));

$("mfa-form").addEventListener("submit", run(async () => {
  const code = $("mfa-code").value.trim();
  const secondFactor = /^\d{6}$/.test(code) ? { totpCode: code } : { recoveryCode: code };
  const { completeLogIn } = await graphql(
    `mutation Complete($input: CompleteLogInInput!) {
       completeLogIn(input: $input) { outcome ${USER_ERRORS} } }`,
    { input: { ticket: mfaTicket, secondFactor } },
  );
  await afterOutcome(completeLogIn);
}));

$("profile-form").addEventListener("submit", run(async () => {
  const { updateProfile } = await graphql(
    `mutation Update($input: UpdateProfileInput!) {
       updateProfile(input: $input) { profile { nickname } ${USER_ERRORS} } }`,
    { input: { nickname: $("profile-nickname").value } },
  );
  checked(updateProfile);
  await refreshMe();
  say("Profile saved.");
}));

$("load-sessions").addEventListener("click", run(async () => {
  const { me } = await graphql(
    "{ me { sessions(first: 20) { nodes { id current createdAt userAgent } } } }",
  );
  const list = $("sessions");
  list.replaceChildren(...me.sessions.nodes.map((s) => {
    const item = document.createElement("li");
    item.className = "session";
    item.textContent = `${s.current ? "this browser" : "elsewhere"}, since ${s.createdAt}` +
      ` (${s.userAgent || "unknown client"})`;
    return item;
  }));
  say(`${me.sessions.nodes.length} session(s).`);
}));

$("grant-mail").addEventListener("click", run(async () => {
  const { privacyPolicy } = await graphql("{ privacyPolicy { version } }");
  const { grantConsent } = await graphql(
    `mutation Grant($input: GrantConsentInput!) {
       grantConsent(input: $input) { consents { purpose granted } ${USER_ERRORS} } }`,
    { input: { purposes: ["MAIL_SUBSCRIPTION"], policyVersion: privacyPolicy.version,
               method: "SETTINGS" } },
  );
  checked(grantConsent);
  await refreshMe();
  say("Subscribed.");
}));

$("withdraw-mail").addEventListener("click", run(async () => {
  const { withdrawConsent } = await graphql(
    `mutation Withdraw($input: WithdrawConsentInput!) {
       withdrawConsent(input: $input) { consents { purpose granted } ${USER_ERRORS} } }`,
    { input: { purposes: ["MAIL_SUBSCRIPTION"] } },
  );
  checked(withdrawConsent);
  await refreshMe();
  say("Consent withdrawn.");
}));

$("request-export").addEventListener("click", run(async () => {
  const { submitPrivacyRequest } = await graphql(
    `mutation Submit($input: SubmitPrivacyRequestInput!) {
       submitPrivacyRequest(input: $input) { codeSent privacyRequest { state } ${USER_ERRORS} } }`,
    { input: { kind: "ACCESS" } },
  );
  checked(submitPrivacyRequest);
  say(submitPrivacyRequest.codeSent
    ? "We sent you a code to confirm the request (verifyPrivacyRequest)."
    : "Request received; your copy is being prepared.");
}));

$("refresh-export").addEventListener("click", run(async () => {
  const { me } = await graphql(
    "{ me { privacyRequests(first: 10) { nodes { kind state export { url expiresAt } } } } }",
  );
  const ready = me.privacyRequests.nodes.find((r) => r.kind === "ACCESS" && r.export);
  if (!ready) {
    $("export-state").textContent = "Not ready yet.";
    return;
  }
  $("export-state").textContent = `Ready until ${ready.export.expiresAt}.`;
  const link = $("export-link");
  link.href = `${ready.export.url}?format=html`; // served by the API, with the cookie
  link.hidden = false;
  say("Your copy is ready.");
}));

$("logout").addEventListener("click", run(async () => {
  const { logOut } = await graphql(`mutation { logOut { ${USER_ERRORS} } }`);
  checked(logOut);
  await refreshMe();
  say("Signed out.");
}));

$("api-url").textContent = API;
run(() => refreshMe())();
