/**
 * Trust in device certificates, ours and the vendors' factory ones:
 * {@link io.deskprov.certs.device.DeviceCertificateVerifier} checks a presented chain and returns
 * the {@link io.deskprov.certs.device.DeviceIdentity}; {@link io.deskprov.certs.device.VendorTrust}
 * holds the vendor CAs and {@link io.deskprov.certs.device.MacExtractionRule}s say where each
 * vendor puts the MAC address.
 */
@NullMarked
package io.deskprov.certs.device;

import org.jspecify.annotations.NullMarked;
