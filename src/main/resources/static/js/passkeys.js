// Passkeys (WebAuthn) for the second step, over Spring Security's endpoints:
// registering on /mfa/setup (POST /webauthn/register/options, navigator.credentials.create,
// POST /webauthn/register, then the page's form to /mfa/setup/passkey for recovery codes) and
// signing in on /mfa (POST /webauthn/authenticate/options, navigator.credentials.get,
// POST /login/webauthn). A static file: the Content-Security-Policy allows no inline script.
"use strict";
(() => {
  const base64url = {
    encode(buffer) {
      return window.btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const binary = window.atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
      }
      return bytes.buffer;
    }
  };

  async function post(element, url, body) {
    const headers = { "Content-Type": "application/json" };
    headers[element.dataset.csrfHeader] = element.dataset.csrfToken;
    const response = await fetch(url, {
      method: "POST",
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error(url + ": HTTP " + response.status);
    }
    return response.json();
  }

  const descriptors = (list) => (list || []).map((c) => ({ ...c, id: base64url.decode(c.id) }));

  async function register(form) {
    const options = await post(form, "/webauthn/register/options");
    const credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        user: { ...options.user, id: base64url.decode(options.user.id) },
        challenge: base64url.decode(options.challenge),
        excludeCredentials: descriptors(options.excludeCredentials)
      }
    });
    const response = credential.response;
    const result = await post(form, "/webauthn/register", {
      publicKey: {
        credential: {
          id: credential.id,
          rawId: base64url.encode(credential.rawId),
          response: {
            attestationObject: base64url.encode(response.attestationObject),
            clientDataJSON: base64url.encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        },
        label: form.querySelector("[name=label]").value
      }
    });
    if (!result || !result.success) {
      throw new Error("registration refused");
    }
  }

  async function signIn(button) {
    const options = await post(button, "/webauthn/authenticate/options");
    const credential = await navigator.credentials.get({
      publicKey: {
        ...options,
        allowCredentials: descriptors(options.allowCredentials),
        challenge: base64url.decode(options.challenge)
      }
    });
    const response = credential.response;
    const result = await post(button, "/login/webauthn", {
      id: credential.id,
      rawId: base64url.encode(credential.rawId),
      response: {
        authenticatorData: base64url.encode(response.authenticatorData),
        clientDataJSON: base64url.encode(response.clientDataJSON),
        signature: base64url.encode(response.signature),
        userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    if (!result || !result.authenticated || !result.redirectUrl) {
      throw new Error("sign-in refused");
    }
    return result.redirectUrl;
  }

  function showError(id) {
    const error = document.getElementById(id);
    if (error) {
      error.hidden = false;
      error.focus();
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("passkey-register");
    if (form) {
      if (!window.PublicKeyCredential) {
        form.hidden = true;
      }
      let registered = false;
      form.addEventListener("submit", async (event) => {
        if (registered) {
          return; // the passkey is in: the form itself now goes to /mfa/setup/passkey
        }
        event.preventDefault();
        form.querySelector("button").disabled = true;
        try {
          await register(form);
          registered = true;
          form.submit();
        } catch (err) {
          console.error(err);
          form.querySelector("button").disabled = false;
          showError("passkey-error");
        }
      });
    }
    const button = document.getElementById("passkey-sign-in");
    if (button) {
      button.addEventListener("click", async () => {
        button.disabled = true;
        try {
          window.location.href = await signIn(button);
        } catch (err) {
          console.error(err);
          button.disabled = false;
          showError("passkey-error");
        }
      });
    }
  });
})();
