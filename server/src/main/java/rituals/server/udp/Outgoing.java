package rituals.server.udp;

import rituals.protocol.message.Message;

/**
 * A message waiting in a throttle queue; its sequence number is given when it actually leaves, so sequence order is
 * send order.
 *
 * @param facts extra probe facts only the sender knows (name/value pairs)
 */
record Outgoing(Message message, boolean reliable, Object[] facts) {}
